import { ApiProblem } from '@/lib/api/problem';

/** The parameters a 400 problem names when `run` rejects its input; [] when it accepts it. */
export function invalidParams(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiProblem) return error.extra.invalidParams;
    throw error;
  }
  return [];
}
