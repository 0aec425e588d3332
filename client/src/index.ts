/**
 * Typed documents for the Mobility Atlas API: each example operation (documents/*.graphql) as a
 * TypedDocumentNode with its result and variable types, generated from the served schema by
 * `npm run codegen` in the repository. Every object with an identity selects its global `id`, so
 * Apollo Client's, urql's and Relay's normalising caches keep one copy of each district.
 * `typePolicies` tells Apollo Client that objects with no id (a district's Mobility, a page of
 * results) belong to the field that holds them, so queries selecting different parts of one merge.
 */
export * from './generated';
export { typePolicies } from './type-policies';
