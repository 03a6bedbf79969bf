/**
 * The named schemas of the OpenAPI document (components/schemas): the very zod schemas the handlers
 * validate with (request bodies, read as their input) and the views they answer (read as their output).
 */
import * as z from 'zod';
import {
  AssignInput,
  CreateReportInput,
  PublicReport,
  ReportSummary,
  StaffReport,
  TimelineEntry,
  TransitionInput,
  UpdateInput,
  UploadRequestInput,
  UploadTicket,
} from '../schemas/report.js';
import {
  CreatedPermit,
  CreatePermitInput,
  OpinionInput,
  PermitSummary,
  PermitTimelineEntry,
  PermitTransitionInput,
  PermitUpdateInput,
  PublicPermit,
  RequesterPermit,
  StaffPermit,
  UpdatePermitInput,
  WithdrawPermitInput,
} from '../permits/permit-api.js';
import { EventDetails, OccupationDetails, PermitGeometry, Requester } from '../permits/permit-details.js';
import { MapItemInput, MapItemUpdate } from '../map/map-items.js';
import {
  CommuneList,
  CreatedReport,
  NearbyReports,
  PermitInbox,
  PublicCommuneConfigSchema,
  ReportInbox,
  StaffSearchResults,
  StaffMapItem,
  StaffMapItems,
} from './api-views.js';
import { CifsFeedSchema, GeoJsonFeedSchema, MapFeatureCollectionSchema, MapFeatureSchema } from './feed-schemas.js';
import {
  Open311Created,
  Open311CreateRequest,
  Open311Discovery,
  Open311Errors,
  Open311Service,
  Open311ServiceDefinition,
  Open311ServiceRequest,
} from './open311-schemas.js';
import { ProblemSchema } from './problem-schema.js';
import { AddressImportResult, AddressMatch, AddressMatches, AddressRegisterState } from '../addresses/address-api.js';
import { NewsChange, NewsInput, NewsList, NewsView, PublicNewsList } from '../schemas/news.js';
import {
  AppointmentView,
  BookedAppointment,
  BookingInput,
  MoveInput,
  PublicAgendas,
  SlotsAnswer,
  StaffDayAgenda,
} from '../appointments/appointment-api.js';
import {
  CollectionImportResult,
  CollectionReminderInput,
  CollectionsAnswer,
  CollectionsState,
  StreetZonesImportResult,
} from '../collections/collection-api.js';
import { IssuedOpen311Key, Open311KeyInput, Open311KeyList } from '../schemas/open311-keys.js';
import { StaffAccountChange, StaffAccountInvite, StaffAccountList, StaffAccountView } from '../schemas/staff-accounts.js';
import { AuditEntryView, AuditLogPage } from '../schemas/audit-log.js';
import { ActivityView, CommentInput, ProjectChange, ProjectInput, ProjectView, TaskChange, TaskInput, TaskView } from '../schemas/work.js';
import { ProjectList, ProjectTaskList } from '../schemas/work-projects.js';
import { StatsDepartmentRow, StatsPermitRow, StatsSatisfactionRow, StatsView } from '../schemas/stats.js';
import { MailConfirmationResult } from '../schemas/mail-confirmation.js';
import { RatingDone, RatingInput, ReopenInput } from '../schemas/report-feedback.js';
import { RealtimeChanges } from '../realtime/catch-up.js';
import {
  ProgressInput,
  PublicationAnswer,
  PublicationInput,
  PublicWorks,
  WatchAnswer,
  WatchInput,
  WorksList,
} from '../schemas/worksites.js';
import { ErasureResult, PersonalDataCopy, PrivacyRequestInput } from '../privacy/privacy-api.js';
import {
  ForgotPasswordAnswer,
  ForgotPasswordInput,
  LoginInput,
  NewPasswordInput,
  ResetPasswordInput,
  SignInStep,
  SignedIn,
  TotpCodeInput,
} from '../schemas/staff-auth.js';
import { RecurrenceChange, RecurrenceInput, RecurrenceView, WorkOrderInput } from '../schemas/recurring.js';
import { FieldTaskView, ServiceReportCreated, ServiceReportInput, TodayView } from '../field/field-api.js';
import { CounterFiled, CounterPermitInput, CounterReportInput, CounterSearchInput, CounterSearchResult } from '../counter/counter-api.js';
import { BoardColumnPage, BoardView, MyWorkAnswer, PeopleList, TaskList } from '../schemas/work-lists.js';
import {
  MarkReadAnswer,
  MarkReadInput,
  NotificationPage,
  NotificationPrefsInput,
  NotificationPrefsView,
  UnreadCount,
} from '../notifications/notification-api.js';
import { PushKeyView, PushSubscriptionInput, PushSubscriptionView } from '../notifications/push.js';
import {
  AttachCodeSent,
  AttachConfirmInput,
  AttachStartInput,
  CitizenSignedIn,
  CitizenStartInput,
  CitizenStep,
  CitizenVerifyInput,
  MyRequests,
} from '../citizen/citizen-api.js';
import {
  AccountDeleted,
  CitizenPreferences,
  CitizenPreferencesInput,
  EraseMyRequestsInput,
  EraseMyRequestsResult,
  MyDataCopy,
} from '../citizen/citizen-account.js';
import { CitizenPasswordInput, CitizenPasswordSignInInput, CitizenPasswordStatus } from '../citizen/citizen-password.js';
import { FederationFinishInput, FederationStarted } from '../citizen/citizen-federation.js';

/** Request bodies, as clients send them (defaults may be left out). */
export const INPUT_SCHEMAS = {
  CitizenStartInput,
  CitizenPreferencesInput,
  EraseMyRequestsInput,
  CitizenPasswordSignInInput,
  CitizenPasswordInput,
  FederationFinishInput,
  CitizenVerifyInput,
  AttachStartInput,
  AttachConfirmInput,
  ReopenInput,
  RatingInput,
  UploadRequestInput,
  CreateReportInput,
  LoginInput,
  NewPasswordInput,
  TotpCodeInput,
  ForgotPasswordInput,
  ResetPasswordInput,
  AssignInput,
  TransitionInput,
  UpdateInput,
  CreatePermitInput,
  // The handler parses `details` against the schema of the request's kind (parseDetails): shown here as either.
  UpdatePermitInput: UpdatePermitInput.extend({
    details: z.union([EventDetails, OccupationDetails]).describe('The details of the request’s kind (event or occupation).'),
  }),
  WithdrawPermitInput,
  PermitTransitionInput,
  PermitUpdateInput,
  OpinionInput,
  MapItemInput,
  MapItemUpdate,
  Open311CreateRequest,
  PrivacyRequestInput,
  Open311KeyInput,
  StaffAccountInvite,
  StaffAccountChange,
  TaskInput,
  TaskChange,
  CommentInput,
  ProjectInput,
  ProjectChange,
  PublicationInput,
  ProgressInput,
  WatchInput,
  CollectionReminderInput,
  RecurrenceInput,
  RecurrenceChange,
  WorkOrderInput,
  MarkReadInput,
  NotificationPrefsInput,
  PushSubscriptionInput,
  ServiceReportInput,
  CounterReportInput,
  CounterPermitInput,
  CounterSearchInput,
  NewsInput,
  NewsChange,
  BookingInput,
  MoveInput,
} as const;

/** Response bodies, as the handlers send them. */
export const OUTPUT_SCHEMAS = {
  CitizenStep,
  CitizenPreferences,
  MyDataCopy,
  EraseMyRequestsResult,
  AccountDeleted,
  CitizenPasswordStatus,
  FederationStarted,
  CitizenSignedIn,
  AttachCodeSent,
  MyRequests,
  RatingDone,
  Problem: ProblemSchema,
  PersonalDataCopy,
  ErasureResult,
  PublicCommuneConfig: PublicCommuneConfigSchema,
  CommuneList,
  UploadTicket,
  TimelineEntry,
  PublicReport,
  ReportSummary,
  CreatedReport,
  NearbyReports,
  SignInStep,
  SignedIn,
  ForgotPasswordAnswer,
  ReportInbox,
  StaffReport,
  Requester,
  PermitTimelineEntry,
  CreatedPermit,
  PublicPermit,
  RequesterPermit,
  PermitSummary,
  PermitInbox,
  StaffSearchResults,
  StaffPermit,
  Geometry: PermitGeometry,
  MapFeature: MapFeatureSchema,
  MapFeatureCollection: MapFeatureCollectionSchema,
  GeoJsonFeed: GeoJsonFeedSchema,
  CifsFeed: CifsFeedSchema,
  StaffMapItem,
  StaffMapItems,
  Open311Discovery,
  Open311Service,
  Open311Services: z.array(Open311Service),
  Open311ServiceDefinition,
  Open311ServiceRequest,
  Open311ServiceRequests: z.array(Open311ServiceRequest),
  Open311Created,
  Open311Errors,
  AuditEntryView,
  AuditLogPage,
  StatsDepartmentRow,
  StatsPermitRow,
  StatsSatisfactionRow,
  StatsView,
  Open311KeyList,
  IssuedOpen311Key,
  StaffAccount: StaffAccountView,
  StaffAccountList,
  MailConfirmationResult,
  TaskView,
  ActivityView,
  TaskList,
  PeopleList,
  MyWork: MyWorkAnswer,
  Board: BoardView,
  BoardColumnPage,
  BoardAnswer: z.union([BoardView, BoardColumnPage]),
  ProjectView,
  ProjectList,
  ProjectTaskList,
  PublicationAnswer,
  WorksList,
  PublicWorks,
  WatchAnswer,
  RecurrenceView,
  RecurrenceList: z.object({ items: z.array(RecurrenceView) }),
  RealtimeChanges,
  NotificationPage,
  UnreadCount,
  MarkReadAnswer,
  NotificationPrefs: NotificationPrefsView,
  PushKey: PushKeyView,
  PushSubscriptionAnswer: PushSubscriptionView,
  TodayView,
  FieldTaskView,
  ServiceReportCreated,
  CounterFiled,
  CounterSearchResult,
  AddressMatch,
  AddressMatches,
  AddressImportResult,
  AddressRegisterState,
  NewsView,
  NewsList,
  PublicNewsList,
  PublicAgendas,
  SlotsAnswer,
  AppointmentView,
  BookedAppointment,
  StaffDayAgenda,
  CollectionsAnswer,
  CollectionImportResult,
  StreetZonesImportResult,
  CollectionsState,
} as const;

export type InputName = keyof typeof INPUT_SCHEMAS;
export type OutputName = keyof typeof OUTPUT_SCHEMAS;

type JsonSchema = Record<string, unknown>;

/** One side's schemas as JSON Schema 2020-12, referring to each other through #/components/schemas/<name>. */
function convert(schemas: Record<string, z.ZodType>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const out = z.toJSONSchema(registry, { io, target: 'draft-2020-12', unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(out.schemas).map(([id, s]) => {
      // Each is embedded in the document: no $schema, and no $id (a URI with a fragment is not a valid $id).
      const { $schema: _s, $id: _i, ...rest } = s as JsonSchema;
      return [id, rest];
    }),
  );
}

/** components/schemas: the input and the output schemas under their names (no name is on both sides). */
export function componentSchemas(): Record<string, JsonSchema> {
  return { ...convert(INPUT_SCHEMAS, 'input'), ...convert(OUTPUT_SCHEMAS, 'output') };
}

/** A zod object's fields as JSON Schemas (for query parameters), with the required ones. */
export function fieldSchemas(schema: z.ZodObject): { name: string; schema: JsonSchema; required: boolean; description?: string }[] {
  const s = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(s.properties ?? {}).map(([name, fieldSchema]) => {
    const { description, ...rest } = fieldSchema;
    return { name, schema: rest, required: (s.required ?? []).includes(name), ...(typeof description === 'string' ? { description } : {}) };
  });
}
