import { check } from 'recheck';
for (const [s, f] of JSON.parse(process.argv[2])) {
  const d = await check(s, f, { timeout: 20000 });
  console.log(d.status, d.status === 'vulnerable' ? d.complexity.summary + ' ' + JSON.stringify(d.attack?.pattern) : '', `/${s}/${f}`);
}
