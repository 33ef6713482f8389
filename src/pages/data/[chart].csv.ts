// /data/<chart-id>.csv: the chart's data for download, UTF-8, RFC 4180, a source on every row.
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds, getChart } from '../../charts/registry';
import { toCsv } from '../../charts/csv';
import { site } from '../../data/site';
import { citeSources } from '../../charts/source-line';

export const getStaticPaths: GetStaticPaths = () => chartIds.map((chart) => ({ params: { chart } }));

export const GET: APIRoute = ({ params }) => {
  const id = String(params.chart);
  const csv = toCsv(getChart(id).csv(site().shaped(id), citeSources));
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
