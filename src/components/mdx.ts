/** Components authors use in MDX without importing them; passed to every <Content components={…} />. */
import Callout from './Callout.astro';
import Checklist from './Checklist.astro';
import RoleAddress from './RoleAddress.astro';
import Steps from './Steps.astro';

export const mdxComponents = { Callout, Checklist, RoleAddress, Steps };
