import { render } from 'preact';
import { PageLayout } from './components/page-layout.tsx';
import { interceptLinks, useLocation } from './router.ts';
import './styles.css';
import { ActorView } from './views/actor-view.tsx';
import { ArticleView } from './views/article-view.tsx';
import { HomeView } from './views/home-view.tsx';
import { IngestView } from './views/ingest-view.tsx';
import { MapView } from './views/map-view.tsx';
import { NetworkView } from './views/network-view.tsx';
import { StoryView } from './views/story-view.tsx';

/** Picks the view for the current URL; each view reads its state from the path and query string. */
function App() {
  const { path, params } = useLocation();
  const [, section, rawId] = path.split('/');
  const id = rawId ? decodeURIComponent(rawId) : '';
  const view = (() => {
    switch (section) {
      case '':
      case 'search': return { title: 'Search', body: <HomeView params={params} /> };
      case 'article': return { title: 'Article', body: <ArticleView id={id} /> };
      case 'story': return { title: 'Story', body: <StoryView id={id} /> };
      case 'actor': return { title: `Actor ${id}`, body: <ActorView id={id} params={params} /> };
      case 'map': return { title: 'Map', body: <MapView params={params} /> };
      case 'network': return { title: 'Network', body: <NetworkView params={params} /> };
      case 'ingest': return { title: 'Ingest', body: <IngestView /> };
      default: return { title: 'Not found', body: <p>There is no page at <code>{path}</code>. <a href="/">Go to search</a>.</p> };
    }
  })();
  return <PageLayout path={path} title={view.title}>{view.body}</PageLayout>;
}

const root = document.getElementById('app');
if (root) {
  interceptLinks(root);
  root.textContent = '';
  render(<App />, root);
}
