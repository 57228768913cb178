import { createContext, analyse } from './analyse';
import { loadRegister } from './register';
const ctx = createContext(loadRegister());
const text = process.argv.slice(2).join(' ');
const { mentions } = analyse(ctx, '', text);
for (const m of mentions) console.log(m.kind, JSON.stringify(m.display), m.weak ? 'weak' : '', m.surface);
