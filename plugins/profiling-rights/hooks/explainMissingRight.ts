import type { CollectionBeforeOperationHook } from 'payload'

import type { ResolvedOptions, Right } from '../types'

import { partnerOfRequest } from '../access/partnerOfRequest'
import { rightLabels } from '../labels'
import { grantsAny } from '../tiers'
import { refuse } from './refuse'

type Operation = Parameters<CollectionBeforeOperationHook>[0]['operation']

/**
 * Access functions can only say no; this says why. Runs before the access check of `operations`
 * (create, unless told otherwise), so a partner user whose tier lacks every one of `rights` gets a
 * 403 naming them (by the labels the partner sees on its page, and the option's key) and the tiers
 * that have them, instead of a bare refusal.
 */
export const explainMissingRight =
  (
    options: ResolvedOptions,
    rights: Right[],
    operations: Operation[] = ['create'],
  ): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (!operations.includes(operation)) {
      return args
    }
    const partner = await partnerOfRequest(req, options)
    if (
      partner &&
      !(partner.status === 'active' && grantsAny(options.tiers, partner.tier, rights))
    ) {
      const named = (language: 'da' | 'en') =>
        rights
          .map((right) => `“${rightLabels[right][language]}” (${right})`)
          .join(language === 'da' ? ' eller ' : ' or ')
      const grantedBy = (language: 'da' | 'en') =>
        options.tiers
          .filter((tier) => grantsAny(options.tiers, tier.key, rights))
          .map((tier) => tier.label[language])
          .join(language === 'da' ? ' og ' : ' and ')
      const inactive = partner.status !== 'active'
      refuse(req, {
        da:
          `Jeres partnerniveau giver ikke retten ${named('da')}, som det kræver${inactive ? ', og partnerskabet er ikke aktivt' : ''}. ` +
          `Kun ${grantedBy('da')} har den. Se jeres rettigheder på jeres partnerside, eller kontakt sekretariatet.`,
        en:
          `Your partner's tier does not include the right ${named('en')}, which this needs${inactive ? ' (and the partnership is not active)' : ''}. ` +
          `Only ${grantedBy('en')} has it. See your entitlements on your partner page, or contact the secretariat.`,
      })
    }
    return args
  }
