/** Open311 GeoReport v2 shapes (field names as in the spec) built from Tandem's commune config and reports. */
import {
  isClosedState,
  open311Status,
  pickText,
  type CommuneConfig,
  type ReportCategory,
  type ReportItem,
  type TimelineItem,
} from '@tandem/shared';
import type {
  Open311Errors,
  Open311Service,
  Open311ServiceDefinition,
  Open311ServiceRequest,
} from '@tandem/shared/openapi/open311-schemas';

export function serviceList(config: CommuneConfig): Open311Service[] {
  return config.categories.map((c) => ({
    service_code: c.code,
    service_name: pickText(c.label, 'fr'),
    description: c.description ? pickText(c.description, 'fr') : pickText(c.label, 'fr'),
    metadata: c.questions.length > 0,
    type: 'realtime',
    keywords: c.keywords.join(','),
    group: c.group ? pickText(c.group, 'fr') : '',
  }));
}

export function serviceDefinition(category: ReportCategory): Open311ServiceDefinition {
  return {
    service_code: category.code,
    attributes: category.questions.map((q, i) => ({
      variable: true,
      code: q.code,
      datatype: q.type === 'boolean' ? 'singlevaluelist' : q.type === 'text' ? 'string' : q.type,
      required: q.required,
      datatype_description: q.type === 'boolean' ? 'true ou false' : '',
      order: i + 1,
      description: pickText(q.label, 'fr'),
      ...(q.type === 'singlevaluelist'
        ? { values: (q.options ?? []).map((o) => ({ key: o.key, name: pickText(o.label, 'fr') })) }
        : q.type === 'boolean'
          ? {
              values: [
                { key: 'true', name: 'Oui' },
                { key: 'false', name: 'Non' },
              ],
            }
          : {}),
    })),
  };
}

/** What a service request shows of a report: the only attributes Open311's lists read (no personal data among them). */
export const SERVICE_REQUEST_ATTRIBUTES = [
  'code',
  'state',
  'category',
  'department',
  'description',
  'createdAt',
  'updatedAt',
  'address',
  'location',
  'photos',
] as const satisfies readonly (keyof ReportItem)[];
export type ServiceRequestReport = Pick<ReportItem, (typeof SERVICE_REQUEST_ATTRIBUTES)[number]>;

export function serviceRequest(
  r: ServiceRequestReport,
  config: CommuneConfig,
  timeline: TimelineItem[] = [],
  mediaUrl?: string,
): Open311ServiceRequest {
  const category = config.categories.find((c) => c.code === r.category);
  const department = config.departments.find((d) => d.code === r.department);
  const lastPublic = [...timeline].reverse().find((t) => t.public && t.message);
  return {
    service_request_id: r.code,
    status: open311Status(r.state),
    status_notes: lastPublic?.message ?? (isClosedState(r.state) ? r.state : null),
    service_name: category ? pickText(category.label, 'fr') : r.category,
    service_code: r.category,
    description: r.description,
    agency_responsible: department ? pickText(department.name, 'fr') : r.department,
    service_notice: null,
    requested_datetime: r.createdAt,
    updated_datetime: r.updatedAt,
    expected_datetime: null,
    address: r.address ?? null,
    address_id: null,
    zipcode: null,
    lat: r.location?.lat ?? null,
    long: r.location?.lng ?? null,
    media_url: mediaUrl ?? null,
  };
}

/** Open311's error format: an array of {code, description}. */
export function open311Errors(status: number, ...descriptions: string[]): Open311Errors {
  return descriptions.map((description) => ({ code: status, description }));
}
