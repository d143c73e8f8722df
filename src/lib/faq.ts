import { byOrder } from './order.ts';

interface Category {
  id: string;
  data: { order: number };
}

interface Question {
  id: string;
  data: { order: number; category: { id: string } };
}

export interface FaqGroup<C extends Category, Q extends Question> {
  category: C;
  questions: Q[];
}

/** Questions grouped under their category, both in editorial order; empty categories are left out. */
export function groupFaq<C extends Category, Q extends Question>(
  categories: readonly C[],
  questions: readonly Q[],
): FaqGroup<C, Q>[] {
  return [...categories]
    .sort(byOrder)
    .map((category) => ({
      category,
      questions: questions.filter((question) => question.data.category.id === category.id).sort(byOrder),
    }))
    .filter((group) => group.questions.length > 0);
}
