import type { CollectionConfig, CustomComponent } from 'payload'

/** The collection with `component` added above its list, after those it has. */
export const withBeforeList = (
  collection: CollectionConfig,
  component: CustomComponent,
): CollectionConfig => ({
  ...collection,
  admin: {
    ...collection.admin,
    components: {
      ...collection.admin?.components,
      beforeList: [...(collection.admin?.components?.beforeList ?? []), component],
    },
  },
})
