import { prerenderStatic } from '@apollo/client/react/ssr';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { theme } from '@imh/ui';
import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';

/**
 * Component tests without a DOM: the portal has no DOM library among its dependencies, so a page is
 * rendered to HTML on the server, its queries answered by mocks first (`prerenderStatic` renders
 * again until every query has its data). What a person does on the page is left to browser journeys.
 */
export async function renderStatic(tree: ReactNode, mocks: readonly MockLink.MockedResponse[] = []) {
  const { result } = await prerenderStatic({
    tree: (
      <MockedProvider mocks={mocks.map((mock) => ({ maxUsageCount: Number.POSITIVE_INFINITY, ...mock }))}>
        <MantineProvider theme={theme}>
          <MemoryRouter>{tree}</MemoryRouter>
        </MantineProvider>
      </MockedProvider>
    ),
    renderFunction: renderToStaticMarkup,
  });
  return result;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
};

/** The text a person reads: tags and styles gone, entities decoded, white space collapsed. */
export const textOf = (html: string): string =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#x27);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The opening tag of the button labelled exactly `label`, or null when there is none. */
export const buttonTag = (html: string, label: string): string | null => {
  const pattern = new RegExp(`(<button[^>]*>)(?:(?!</button>)[\\s\\S])*?>${escapeRegExp(label)}<`);
  return pattern.exec(html)?.[1] ?? null;
};

export const isDisabled = (tag: string | null): boolean => tag !== null && /\sdisabled=""/.test(tag);

/** Whether the page has a link to `href` whose text is exactly `text`. */
export const hasLink = (html: string, href: string, text: string): boolean =>
  new RegExp(`<a[^>]*href="${escapeRegExp(href)}"[^>]*>${escapeRegExp(text)}</a>`).test(html);
