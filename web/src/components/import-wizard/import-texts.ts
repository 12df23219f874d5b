/**
 * The catalogue sections that hold an import's texts, each with the same keys (steps, template, drop,
 * progress, summary, preview, actions, done, errors), so that each import keeps its own wording.
 */
export type ImportTexts = 'imports' | 'planned.import';
