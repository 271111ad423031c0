import { describe, expect, it } from 'vitest';
import { precachePlan, urlOf, type BuiltFile } from './precache-plan.ts';

const file = (path: string, bytes = 100, digest = 'x'): BuiltFile => ({ path, bytes, digest });
const site = [
  file('index.html'),
  file('404.html'),
  file('_astro/search-ui.abc.js'),
  file('search/index.html'),
  file('search/index.json'),
  file('search/v1/p0.json'),
  file('articles/a/index.html'),
  file('articles/a/original/index.html'),
  file('c/c123/index.html'),
  file('dossier.json'),
  file('sw.js'),
];

describe('precachePlan', () => {
  it('stores a small site whole, by the URLs pages are requested with, without the service worker itself', () => {
    const plan = precachePlan(site);
    expect(plan.precache).toContain('./');
    expect(plan.precache).toContain('search/');
    expect(plan.precache).toContain('articles/a/original/');
    expect(plan.precache).toContain('search/v1/p0.json');
    expect(plan.precache).not.toContain('sw.js');
    expect(plan.precache).toHaveLength(site.length - 1);
  });

  it('leaves out _redirects, which is for the host and which hosts do not serve', () => {
    expect(precachePlan([...site, file('_redirects')]).precache).toEqual(precachePlan(site).precache);
  });

  it('stores only the frame of a site larger than the budget', () => {
    const plan = precachePlan(site, 650);
    expect(new Set(plan.precache)).toEqual(new Set(['./', '404.html', '_astro/search-ui.abc.js', 'search/', 'search/index.json']));
    expect(plan.bytes).toBe(500);
  });

  it('changes the version with any file and only then', () => {
    const version = precachePlan(site).version;
    expect(precachePlan([...site].reverse()).version).toBe(version);
    expect(precachePlan(site.map((f) => (f.path === 'c/c123/index.html' ? { ...f, digest: 'y' } : f))).version).not.toBe(version);
    expect(precachePlan(site.map((f) => (f.path === 'sw.js' ? { ...f, digest: 'y' } : f))).version).toBe(version);
  });

  it('requests directory pages by their folder', () => {
    expect(urlOf('index.html')).toBe('./');
    expect(urlOf('articles/a/index.html')).toBe('articles/a/');
    expect(urlOf('feed.xml')).toBe('feed.xml');
  });
});
