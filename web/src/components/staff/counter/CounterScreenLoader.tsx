/**
 * « Guichet » in its own chunk: the counter embeds the citizen forms (report, permits) and the receipt's QR code,
 * which the other staff screens never need; fetched when the screen is opened.
 */
import { lazyScreen } from '../lazy-screen';

export default lazyScreen(() => import('./CounterScreen'));
