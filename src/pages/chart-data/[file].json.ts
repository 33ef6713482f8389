// /chart-data/<chart-id>.<hash>.json: a chart's data for the story's charts (src/charts/data-file.ts);
// /chart-data/<chart-id>.tables.<hash>.json: its data tables for them (src/charts/tables-file.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { allChartDataFiles, type ChartDataFile } from '../../charts/data-file';
import { allChartTablesFiles } from '../../charts/tables-file';

export const getStaticPaths: GetStaticPaths = () => [...allChartDataFiles(), ...allChartTablesFiles()].map((file) => ({ params: { file: file.name }, props: { file } }));

export const GET: APIRoute<{ file: ChartDataFile }> = ({ props }) => new Response(props.file.body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
