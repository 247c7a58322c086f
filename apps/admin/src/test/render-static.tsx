import { InMemoryCache } from '@apollo/client';
import { prerenderStatic } from '@apollo/client/react/ssr';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { theme } from '@imh/ui';
import { MantineProvider } from '@mantine/core';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router';
import type { SignedInUser } from '../features/shell/hooks/use-signed-in-user';
import { typePolicies } from '../type-policies';

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
};
const decode = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|#x27);/g, (entity) => ENTITIES[entity] ?? entity);

/** What a reader sees of some markup: styles and tags dropped, whitespace collapsed. */
const textOf = (html: string) =>
  decode(html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

const matches = (html: string, pattern: string) => [...html.matchAll(new RegExp(pattern, 'g'))];

/** What one rendering shows, read as a person (or a screen reader) would. */
const readMarkup = (html: string) => ({
  html,
  text: textOf(html),
  /** Every element with this tag: its opening tag's attributes and its text. */
  all: (tag: string) =>
    matches(html, `<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`).map((m) => ({
      attributes: m[1] ?? '',
      text: textOf(m[2] ?? ''),
    })),
  /** Each table row as the text of its cells, header rows included. */
  rows: () =>
    matches(html, '<tr\\b[^>]*>([\\s\\S]*?)</tr>').map((row) =>
      matches(row[1] ?? '', '<(th|td)\\b[^>]*>([\\s\\S]*?)</\\1>').map((cell) => textOf(cell[2] ?? '')),
    ),
});

const COORDINATOR: SignedInUser = { id: 'u1', name: 'Carmen Ortiz', roles: ['COORDINATOR'] };

interface RenderOptions {
  /** Answers for the queries the tree sends; each may be asked any number of times. */
  mocks?: readonly MockLink.MockedResponse[];
  /** The address the page is opened at, and the route pattern that reads its parameters. */
  url?: string;
  route?: string;
  /** Who is signed in: a coordinator unless a test says otherwise. */
  user?: SignedInUser;
}

/**
 * Renders a page as the server would, inside the providers and the signed-in layout the app gives it,
 * after its queries have had their mocked answers. The test run has no DOM (the workspace ships no
 * jsdom or happy-dom), so these tests read what a page shows; what a click sends is tested on the
 * functions the components call.
 */
export const renderStatic = async (
  element: ReactElement,
  { mocks = [], url = '/', route = '*', user = COORDINATOR }: RenderOptions = {},
) => {
  const { result } = await prerenderStatic({
    tree: (
      <MockedProvider
        mocks={mocks.map((mock) => ({ maxUsageCount: Number.POSITIVE_INFINITY, ...mock }))}
        cache={new InMemoryCache({ typePolicies })}
      >
        <MantineProvider theme={theme}>
          <MemoryRouter initialEntries={[url]}>
            <Routes>
              <Route element={<Outlet context={user} />}>
                <Route path={route} element={element} />
              </Route>
            </Routes>
          </MemoryRouter>
        </MantineProvider>
      </MockedProvider>
    ),
    renderFunction: renderToStaticMarkup,
  });
  return readMarkup(result);
};
