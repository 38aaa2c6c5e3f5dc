import type { PayloadRequest } from 'payload'

import {
  type ArgumentNode,
  type ExecutionArgs,
  GraphQLError,
  type ValidationRule,
  valueFromASTUntyped,
} from 'graphql'

import { say } from '../i18n/message'
import { pageRefusal } from '../query/pageBounds'

const PAGE_ARGUMENTS = new Set(['depth', 'limit', 'page', 'pagination'])

/**
 * The REST bounds on `limit`, `page`, `depth` and `pagination` (src/query/pageBounds.ts) for every
 * GraphQL field that takes them — lists, versions, joins — literal or from variables, refused
 * before anything runs with the same message.
 */
export const pageArguments =
  ({
    contextValue,
    variableValues,
  }: Pick<ExecutionArgs, 'contextValue' | 'variableValues'>): ValidationRule =>
  (context) => ({
    Field(field) {
      const given = (field.arguments ?? []).filter((argument: ArgumentNode) =>
        PAGE_ARGUMENTS.has(argument.name.value),
      )
      if (!given.length) {
        return
      }
      const values = Object.fromEntries(
        given.map((argument) => [
          argument.name.value,
          valueFromASTUntyped(argument.value, variableValues ?? undefined),
        ]),
      )
      // Payload's GraphQL context carries the request.
      const req = (contextValue as { req?: PayloadRequest } | undefined)?.req
      const refusal = pageRefusal(values, req?.user ?? null)
      if (refusal) {
        context.reportError(
          new GraphQLError(say(req, refusal.message), {
            extensions: { parameter: refusal.parameter, statusCode: 400 },
            nodes: [field],
          }),
        )
      }
    },
  })
