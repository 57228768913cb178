import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fold } from '@/indexer/extract/tokenize';

/** Reuters PLACES codes whose English name does not give the ISO code directly (historical states). */
const PLACE_OVERRIDES: Record<string, string> = {
  usa: 'US',
  uk: 'GB',
  ussr: 'RU',
  'west-germany': 'DE',
  'east-germany': 'DE',
  czechoslovakia: 'CZ',
  yugoslavia: 'RS',
  burma: 'MM',
  kampuchea: 'KH',
  zaire: 'CD',
  'ivory-coast': 'CI',
  vatican: 'VA',
  uae: 'AE',
  'yemen-arab-republic': 'YE',
  'yemen-demo-republic': 'YE',
  'netherlands-antilles': 'CW',
  'trinidad-tobago': 'TT',
  'western-samoa': 'WS',
  macao: 'MO',
  'hong-kong': 'HK',
  taiwan: 'TW',
  'north-korea': 'KP',
  'south-korea': 'KR',
  congo: 'CG',
  iran: 'IR',
  syria: 'SY',
  laos: 'LA',
  tanzania: 'TZ',
  vietnam: 'VN',
  brunei: 'BN',
  bolivia: 'BO',
  venezuela: 'VE',
  swaziland: 'SZ',
  'cape-verde': 'CV',
  'us-virgin-islands': 'VI',
  'british-virgin-islands': 'VG',
  'burkina-faso': 'BF',
  'guinea-bissau': 'GW',
  'equatorial-guinea': 'GQ',
  'papua-new-guinea': 'PG',
  'new-caledonia': 'NC',
  'french-guiana': 'GF',
  'sri-lanka': 'LK',
  'el-salvador': 'SV',
  'costa-rica': 'CR',
  'saudi-arabia': 'SA',
  'south-africa': 'ZA',
  'sierra-leone': 'SL',
  'new-zealand': 'NZ',
  'dominican-republic': 'DO',
  'central-african-republic': 'CF',
  'cayman-islands': 'KY',
  'american-samoa': 'AS',
  antigua: 'AG',
  moldova: 'MD',
  russia: 'RU',
  micronesia: 'FM',
  'st-lucia': 'LC',
  'st-vincent': 'VC',
  'st-kitts': 'KN',
};

/** Reuters ORGS codes → register organisation names that satisfy them. */
export const ORG_CODES: Record<string, string[]> = {
  'adb-africa': ['African Development Bank'],
  'adb-asia': ['Asian Development Bank'],
  aibd: ['Association of International Bond Dealers'],
  aid: ['Agency for International Development'],
  anrpc: ['Association of Natural Rubber Producing Countries'],
  asean: ['Association of Southeast Asian Nations'],
  atpc: ['Association of Tin Producing Countries'],
  bis: ['Bank for International Settlements'],
  cipec: ['Intergovernmental Council of Copper Exporting Countries'],
  comecon: ['Council for Mutual Economic Assistance'],
  ec: [
    'European Community',
    'European Commission',
    'Council of the European Union',
    'European Parliament',
    'European Union',
  ],
  eca: ['Economic Commission for Africa'],
  ecafe: ['Economic Commission for Asia and the Far East'],
  ece: ['Economic Commission for Europe'],
  ecla: ['Economic Commission for Latin America'],
  ecsc: ['European Coal and Steel Community'],
  ecwa: ['Economic Commission for Western Asia'],
  efta: ['European Free Trade Association'],
  eib: ['European Investment Bank'],
  emcf: ['European Monetary Cooperation Fund'],
  escap: ['Economic and Social Commission for Asia and the Pacific'],
  euratom: ['European Atomic Energy Community'],
  fao: ['Food and Agriculture Organization'],
  gatt: ['General Agreement on Tariffs and Trade'],
  gcc: ['Gulf Cooperation Council'],
  geplacea: ['Group of Latin American and Caribbean Sugar Exporting Countries'],
  iaea: ['International Atomic Energy Agency'],
  iata: ['International Air Transport Association'],
  icco: ['International Cocoa Organization'],
  'ico-coffee': ['International Coffee Organization'],
  'ico-islam': ['Organisation of Islamic Cooperation'],
  iea: ['International Energy Agency'],
  iisi: ['International Iron and Steel Institute'],
  ilo: ['International Labour Organization'],
  ilzsg: ['International Lead and Zinc Study Group'],
  imco: ['International Maritime Organization'],
  imf: ['International Monetary Fund'],
  ida: ['International Development Association'],
  inro: ['International Natural Rubber Organization'],
  irsg: ['International Rubber Study Group'],
  isa: ['International Sugar Organization'],
  itc: ['International Tin Council'],
  'iwc-whale': ['International Whaling Commission'],
  'iwc-wheat': ['International Wheat Council'],
  iwcc: ['International Wrought Copper Council'],
  iws: ['International Wool Secretariat'],
  iwto: ['International Wool Textile Organisation'],
  lafta: ['Latin American Free Trade Association'],
  mfa: ['Multi-Fibre Arrangement'],
  oapec: ['Organization of Arab Petroleum Exporting Countries'],
  oecd: ['Organisation for Economic Co-operation and Development'],
  opec: ['Organization of the Petroleum Exporting Countries'],
  un: ['United Nations', 'UN Security Council', 'UN General Assembly'],
  unctad: ['United Nations Conference on Trade and Development'],
  who: ['World Health Organization'],
  worldbank: [
    'World Bank',
    'International Development Association',
    'International Finance Corporation',
  ],
};

let englishIndex: Map<string, string> | null = null;

function english(): Map<string, string> {
  if (englishIndex) return englishIndex;
  const require = createRequire(import.meta.url);
  const file = require.resolve('i18n-iso-countries/langs/en.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    countries: Record<string, string | string[]>;
  };
  englishIndex = new Map();
  for (const [code, names] of Object.entries(data.countries)) {
    for (const name of Array.isArray(names) ? names : [names]) englishIndex.set(fold(name), code);
  }
  return englishIndex;
}

/** Reuters PLACES code → ISO alpha-2, or null for codes that are not countries/territories. */
export function placeToIso(code: string): string | null {
  return PLACE_OVERRIDES[code] ?? english().get(code.replace(/-/g, ' ')) ?? null;
}
