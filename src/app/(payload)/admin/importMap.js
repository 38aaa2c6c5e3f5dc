import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { DecimalField as DecimalField_c26a89487b2b8240aa550ebb70fc84bf } from '../../../../src/admin/components/DecimalField'
import { RightNotice as RightNotice_6f115b7ab909e807a31d4a686f9d93ec } from '../../../../plugins/profiling-rights/components/RightNotice'
import { SubmitForReviewButton as SubmitForReviewButton_6b8302eaa2f45920d26c1ba1fbfe5996 } from '../../../../src/review/components/SubmitForReviewButton'
import { EntitlementsField as EntitlementsField_0713b915661b09c1b5b0e73c05efc459 } from '../../../../plugins/profiling-rights/components/EntitlementsField'
import { InvitationActions as InvitationActions_acc5f63e904b9dae66fdad13909577e3 } from '../../../../collections/Invitations/components/InvitationActions'
import { WhenCell as WhenCell_8bd8dd22d20b0d9fc44b760a5cd13ddf } from '../../../../collections/Meetings/components/WhenCell'
import { MeetingsNotice as MeetingsNotice_7af8d4601d3554139fdc0ca72c6febfe } from '../../../../plugins/profiling-rights/components/MeetingsNotice'
import { DownloadCell as DownloadCell_39e68ecf760210103bf046e10aa4c121 } from '../../../../collections/MeetingMaterials/components/DownloadCell'
import { PartnerBacking as PartnerBacking_c3e0b4963766bf1b2cd7b6c0e481db15 } from '../../../../src/admin/components/PartnerBacking'
import { CalendarFeed as CalendarFeed_0ece2aa41010a0ab9103114d97e64a67 } from '../../../../collections/Users/components/CalendarFeed'
import { SigningSecret as SigningSecret_c9847a21225f92ef58b7cf39acf06ff8 } from '../../../../collections/Webhooks/components/SigningSecret'
import { CollectionCell as CollectionCell_0d9cc7b92087ecb336ad99829c8ffeaa } from '../../../../src/admin/components/CollectionCell'
import { JsonView as JsonView_cb126e5b47d55197bd902605e9b4e1b3 } from '../../../../src/admin/components/JsonView'
import { ResendDelivery as ResendDelivery_56af7d7151d7fe263bc0a369f186f247 } from '../../../../collections/WebhookDeliveries/components/ResendDelivery'
import { LinkToDoc as LinkToDoc_aead06e4cbf6b2620c5c51c9ab283634 } from '@payloadcms/plugin-search/client'
import { MissingModels as MissingModels_558b6c39e1e46ef43abd4c2b2fe38701 } from '../../../../collections/Catalog/components/MissingModels'
import { DownloadPdf as DownloadPdf_c3008e0ebc3c78178f68a7eda43703c0 } from '../../../../collections/Catalog/components/DownloadPdf'
import { ReviewQueue as ReviewQueue_cc0dd6d39614eb2ca9fcb5c769950a8b } from '../../../../src/admin/components/ReviewQueue'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "/src/admin/components/DecimalField#DecimalField": DecimalField_c26a89487b2b8240aa550ebb70fc84bf,
  "/plugins/profiling-rights/components/RightNotice#RightNotice": RightNotice_6f115b7ab909e807a31d4a686f9d93ec,
  "/src/review/components/SubmitForReviewButton#SubmitForReviewButton": SubmitForReviewButton_6b8302eaa2f45920d26c1ba1fbfe5996,
  "/plugins/profiling-rights/components/EntitlementsField#EntitlementsField": EntitlementsField_0713b915661b09c1b5b0e73c05efc459,
  "/collections/Invitations/components/InvitationActions#InvitationActions": InvitationActions_acc5f63e904b9dae66fdad13909577e3,
  "/collections/Meetings/components/WhenCell#WhenCell": WhenCell_8bd8dd22d20b0d9fc44b760a5cd13ddf,
  "/plugins/profiling-rights/components/MeetingsNotice#MeetingsNotice": MeetingsNotice_7af8d4601d3554139fdc0ca72c6febfe,
  "/collections/MeetingMaterials/components/DownloadCell#DownloadCell": DownloadCell_39e68ecf760210103bf046e10aa4c121,
  "/src/admin/components/PartnerBacking#PartnerBacking": PartnerBacking_c3e0b4963766bf1b2cd7b6c0e481db15,
  "/collections/Users/components/CalendarFeed#CalendarFeed": CalendarFeed_0ece2aa41010a0ab9103114d97e64a67,
  "/collections/Webhooks/components/SigningSecret#SigningSecret": SigningSecret_c9847a21225f92ef58b7cf39acf06ff8,
  "/src/admin/components/CollectionCell#CollectionCell": CollectionCell_0d9cc7b92087ecb336ad99829c8ffeaa,
  "/src/admin/components/JsonView#JsonView": JsonView_cb126e5b47d55197bd902605e9b4e1b3,
  "/collections/WebhookDeliveries/components/ResendDelivery#ResendDelivery": ResendDelivery_56af7d7151d7fe263bc0a369f186f247,
  "@payloadcms/plugin-search/client#LinkToDoc": LinkToDoc_aead06e4cbf6b2620c5c51c9ab283634,
  "/collections/Catalog/components/MissingModels#MissingModels": MissingModels_558b6c39e1e46ef43abd4c2b2fe38701,
  "/collections/Catalog/components/DownloadPdf#DownloadPdf": DownloadPdf_c3008e0ebc3c78178f68a7eda43703c0,
  "/src/admin/components/ReviewQueue#ReviewQueue": ReviewQueue_cc0dd6d39614eb2ca9fcb5c769950a8b,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
