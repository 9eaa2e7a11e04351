/** One axis of the radar chart: a direction and its percentages (0–100). */
export type RadarAxis = { id: string; number: number; label: string; value: number; previous: number | null };
