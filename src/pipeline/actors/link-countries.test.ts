import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test('Brussels acting or acted on is the European Union', async () => {
  assert.ok((await codedDyads('Brussels threatened Hungary with legal action over its asylum law')).includes('130 IGOEEU>HUN'));
  assert.ok((await codedDyads('Hungary defied Brussels over migrant quotas')).includes('128 HUN>IGOEEU'));
});

test("Brussels beside another country, or in a story about Belgium, is Belgium's government", async () => {
  assert.ok((await codedDyads('Brussels summoned the Congolese ambassador after Belgian peacekeepers were attacked')).includes('114 BELGOV>CODGOV'));
  assert.ok((await codedDyads('The Netherlands and Brussels signed a border policing deal')).includes('057 NLD>BELGOV'));
});

test('Somaliland is not coded as Somalia, so its quarrels with Somalia are not Somalia quarrelling with itself', async () => {
  const accused = await codedDyads('Somaliland accused Mogadishu of meddling');
  assert.ok(accused.some((dyad) => dyad.startsWith('112 ') && dyad.endsWith('>SOM')) && !accused.some((dyad) => dyad.startsWith('112 SOM')), accused.join(', '));
  assert.ok(!(await codedDyads('Somalia\'s government condemned Somaliland')).includes('111 SOMGOV>SOM'));
});
