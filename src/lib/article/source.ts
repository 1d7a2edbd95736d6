import raw from './article.txt?raw';
import { parseArticle } from './parse';

/** The one source of truth for every question: the Eurasianet article, parsed once. */
export const article = parseArticle(raw);
