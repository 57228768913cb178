import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { buildOpenApiDocument } from '@/lib/api/openapi';

type Json = Record<string, unknown>;
type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as unknown as AddFormats;

const DOC_ID = 'facetwire-openapi';

/** Validates real responses against the OpenAPI document the API serves. */
export class ContractChecker {
  readonly doc: Json = buildOpenApiDocument();
  private readonly ajv: Ajv2020;

  constructor() {
    this.ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ ...this.doc, $id: DOC_ID });
  }

  private pathTemplate(pathname: string): string {
    const rel = pathname.replace(/^\/api\/v1/, '');
    const paths = Object.keys(this.doc.paths as Json);
    const hit = paths.find((p) => {
      const re = new RegExp(`^${p.replace(/\./g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`);
      return re.test(rel);
    });
    if (!hit) throw new Error(`${rel} is not in the OpenAPI document`);
    return hit;
  }

  /** Throws with the validation errors when status, content type or body break the contract. */
  async check(url: string, res: Response): Promise<void> {
    const template = this.pathTemplate(new URL(url).pathname);
    const op = (this.doc.paths as Record<string, Record<string, Json>>)[template]?.get;
    const responses = op?.responses as Record<string, Json>;
    let spec = responses[String(res.status)];
    if (!spec) throw new Error(`${template}: status ${res.status} is not documented`);
    const refName = typeof spec.$ref === 'string' ? spec.$ref.split('/').pop() : undefined;
    if (refName) spec = ((this.doc.components as Json).responses as Record<string, Json>)[refName]!;
    const content = spec.content as Record<string, Json> | undefined;
    const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
    if (!content?.[type]) {
      throw new Error(`${template} ${res.status}: content type "${type}" is not documented`);
    }
    for (const h of Object.keys((spec.headers as Json | undefined) ?? {})) {
      if (res.headers.get(h) === null) {
        throw new Error(`${template} ${res.status}: documented header ${h} is missing`);
      }
    }
    if (type !== 'application/json' && !type.endsWith('+json')) return;
    const body: unknown = await res.clone().json();
    const pointer = refName
      ? `#/components/responses/${refName}/content/${esc(type)}/schema`
      : `#/paths/${esc(template)}/get/responses/${res.status}/content/${esc(type)}/schema`;
    const validate = this.ajv.getSchema(`${DOC_ID}${pointer}`);
    if (!validate) throw new Error(`no schema at ${pointer}`);
    if (!validate(body)) {
      throw new Error(
        `${template} ${res.status} breaks the contract: ${this.ajv.errorsText(validate.errors)}`,
      );
    }
  }

  validateExample(pointer: string, value: unknown): void {
    const validate = this.ajv.getSchema(`${DOC_ID}${pointer}`);
    if (!validate) throw new Error(`no schema at ${pointer}`);
    if (!validate(value)) throw new Error(this.ajv.errorsText(validate.errors));
  }
}

const esc = (s: string) =>
  s.replace(/~/g, '~0').replace(/\//g, '~1').replace(/\{/g, '%7B').replace(/\}/g, '%7D');
