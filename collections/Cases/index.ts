import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../../src/access/collectionAccess'
import { groups } from '../../src/admin/groups'
import { t } from '../../src/admin/label'
import { drafts } from '../../src/collections/drafts'
import { debate } from '../../src/fields/debate'
import { body, summary, themes, title } from '../../src/fields/editorial'
import { slug } from '../../src/fields/slug'
import { withReview } from '../../src/review/withReview'
import { bottomLine } from './bottomLine'
import { areas, providers } from './options'

/** Concrete examples of making citizens active: what the models are built from. */
export const Cases: CollectionConfig = withReview(
  {
    slug: 'cases',
    access: editorialAccess,
    admin: {
      defaultColumns: [
        'title',
        'organisation',
        'partner',
        'area',
        '_status',
        'reviewStatus',
        'updatedAt',
      ],
      description: t(
        'Konkrete eksempler (cases) med resultater på tre bundlinjer.',
        'Concrete examples (cases) with results on three bottom lines.',
      ),
      group: groups.catalogue,
      listSearchableFields: ['title', 'organisation', 'summary'],
      useAsTitle: 'title',
    },
    fields: [
      title,
      summary(),
      {
        type: 'tabs',
        tabs: [
          {
            fields: [
              body,
              {
                name: 'organisation',
                type: 'text',
                admin: {
                  description: t(
                    'Hvem står bag, f.eks. "Fredericia Kommune".',
                    'Who runs it, e.g. "Fredericia Kommune".',
                  ),
                },
                label: t('Organisation', 'Organisation'),
                maxLength: 200,
              },
              {
                type: 'row',
                fields: [
                  {
                    name: 'area',
                    type: 'select',
                    label: t('Fagområde', 'Area'),
                    options: areas,
                  },
                  {
                    name: 'providers',
                    type: 'select',
                    hasMany: true,
                    label: t('Udbydere', 'Providers'),
                    options: providers,
                  },
                ],
              },
              {
                name: 'images',
                type: 'upload',
                hasMany: true,
                label: t('Billeder og bilag', 'Images and attachments'),
                relationTo: 'media',
              },
            ],
            label: t('Indhold', 'Content'),
          },
          {
            fields: [
              {
                name: 'results',
                type: 'group',
                admin: {
                  description: t(
                    'Resultater målt på tre bundlinjer: individ, samfund og økonomi. Skriv kun det, der er belæg for.',
                    'Results on three bottom lines: individual, society, economy. Only what is documented.',
                  ),
                },
                fields: [
                  bottomLine('individual', t('Individ', 'Individual')),
                  bottomLine('society', t('Samfund', 'Society')),
                  bottomLine('economy', t('Økonomi', 'Economy')),
                ],
                label: t('Resultater', 'Results'),
              },
              {
                name: 'documentedValue',
                type: 'textarea',
                admin: {
                  description: t(
                    'Hvordan merværdien er dokumenteret.',
                    'How the added value is documented.',
                  ),
                },
                label: t('Dokumenteret merværdi', 'Documented value'),
                localized: true,
              },
            ],
            label: t('Resultater', 'Results'),
          },
        ],
      },
      slug(),
      {
        name: 'partner',
        type: 'relationship',
        admin: {
          description: t(
            'Partneren, der har indsendt casen.',
            'The partner that submitted the case.',
          ),
          position: 'sidebar',
        },
        index: true,
        label: t('Partner', 'Partner'),
        relationTo: 'partners',
      },
      themes,
      {
        name: 'international',
        type: 'checkbox',
        admin: { position: 'sidebar' },
        defaultValue: false,
        label: t('Internationalt eksempel', 'International example'),
      },
      {
        name: 'openForDebate',
        type: 'checkbox',
        admin: {
          description: t(
            'Åben for kommentarer, når den er udgivet.',
            'Open for comments once published.',
          ),
          position: 'sidebar',
        },
        defaultValue: false,
        label: t('Til debat', 'Open for debate'),
      },
      {
        name: 'models',
        type: 'join',
        // A case is made an example on the model's page.
        admin: {
          allowCreate: false,
          description: t('Modeller, som casen er eksempel på.', 'Models this case exemplifies.'),
        },
        collection: 'models',
        label: t('Modeller', 'Models'),
        on: 'examples',
      },
      debate('case'),
    ],
    /*
     * For the lists that grow with the catalogue (docs/benchmarks.md, growth). (area, _status): the
     * public's filtered list counts its matches from the index alone (reading the rows took 5 ms at
     * 100 000 cases, the index 1 ms); it also serves filters on area alone, as the index it replaces
     * did. (partner, createdAt): a populated partner's `cases` join reads that partner's newest
     * cases in order instead of sorting all of them.
     */
    indexes: [{ fields: ['area', '_status'] }, { fields: ['partner', 'createdAt'] }],
    labels: { plural: t('Cases', 'Cases'), singular: t('Case', 'Case') },
    versions: drafts,
  },
  { definite: 'casen', indefinite: 'en case' },
)
