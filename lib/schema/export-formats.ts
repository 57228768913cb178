import { z } from 'zod';

/** The file formats of the partner API's export, as `format=` names them. */
export const EXPORT_FORMATS = ['csv', 'jsonl'] as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof exportFormatSchema>;
