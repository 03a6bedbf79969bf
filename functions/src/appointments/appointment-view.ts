/** An appointment as its holder and staff read it (AppointmentView), with the service's and reason's names from the agenda. */
import {
  brusselsIso,
  findService,
  findType,
  pickText,
  type AppointmentItem,
  type AppointmentView,
  type AppointmentsConfig,
  type Locale,
} from '@tandem/shared';

/** The service and reason in words (the ids when the agenda no longer has them). */
export function appointmentWords(a: AppointmentItem, agendas: AppointmentsConfig | undefined, locale: Locale) {
  const service = findService(agendas, a.service);
  const type = service ? findType(service, a.reason) : undefined;
  return {
    service: service ? pickText(service.name, locale) : a.service,
    reason: type ? pickText(type.reason, locale) : a.reason,
    place: service?.place,
  };
}

export function appointmentView(a: AppointmentItem, agendas: AppointmentsConfig | undefined, locale: Locale = 'fr'): AppointmentView {
  const words = appointmentWords(a, agendas, locale);
  return {
    code: a.code,
    service: { id: a.service, name: words.service, ...(words.place ? { place: words.place } : {}) },
    type: { id: a.reason, reason: words.reason, minutes: Math.round((Date.parse(a.end) - Date.parse(a.start)) / 60_000) },
    start: brusselsIso(a.start),
    end: brusselsIso(a.end),
    day: a.day,
    time: a.time,
    status: a.status,
    name: a.name,
    email: a.email,
    ...(a.phone ? { phone: a.phone } : {}),
    ...(a.arrivedAt ? { arrivedAt: a.arrivedAt } : {}),
    version: a.version,
  };
}
