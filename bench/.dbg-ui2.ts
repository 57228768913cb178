import { measure } from './ui-bench';
console.log(await measure('demo', 34999, ['kanak caledonia'], '/?q=kanak&country=FR'));
