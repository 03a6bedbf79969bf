/**
 * The whole event authorisation in a real browser, against the whole local platform: an association files
 * an event request through the step-by-step form (a parade route drawn on the map, its insurance
 * certificate joined); the events department takes it in hand and asks for opinions; the police and fire
 * safety give theirs in their own sessions; the agent approves with conditions and the college's
 * reference, then issues. The PDF authorisation and the street poster are read back (text, and the QR
 * decoded from rendered pixels), the requester's tracking page shows them, and the outbox holds the mails.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { brusselsDate } from '@tandem/shared/brussels-time';
import { outboxOf } from '../support/platform.js';
import { confirmationLink, isConfirmationMail } from '../support/mail-confirmation.js';
import { eventually } from '../support/local-env.js';
import { WAIT, newPage, platform, signedIn, useBrowserSession } from './browser-session.js';
import { decodeQr, documentText, openPdf } from '../../functions/src/permits/documents/documents.test-support.js';
import { demoPdf } from '../../infra/local/seed/demo-permits.js';

useBrowserSession();
const association = { name: 'Claire Fontaine', email: `comite-${Date.now()}@example.org`, phone: '0470 12 34 56' };
let code = '';
let privateHref = '';
let reference = '';

async function next(page: Page): Promise<void> {
  const before = await page.getByTestId('permit-form').getAttribute('data-step');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await expect.poll(() => page.getByTestId('permit-form').getAttribute('data-step'), WAIT).not.toBe(before);
}

/** Signs in to the staff space and opens the permit, as one of the departments. */
async function openAsStaff(user: string): Promise<Page> {
  const page = await signedIn(`${user}@soignies.example`);
  await page.getByTestId('staff-nav-permits').click();
  await page.getByTestId('permits-inbox').waitFor(WAIT);
  if (user !== 'evenements') await page.getByTestId('permits-tab-opinions').click();
  await page.locator(`[data-testid="permit-row"][data-code="${code}"] a`).first().click();
  await page.locator(`[data-testid="staff-permit"][data-code="${code}"]`).waitFor(WAIT);
  return page;
}

const stateOf = (page: Page) => page.getByTestId('permit-state').getAttribute('data-state');

describe('an event authorisation, from request to poster', () => {
  it('an association files the request step by step, drawing the parade route and joining its insurance', async () => {
    const page = await newPage();
    await page.goto(`${platform.url}/soignies/demandes/evenement/`);
    await page.locator('[data-testid="permit-form"][data-ready="true"]').waitFor(WAIT);

    await page.getByLabel(/Nom de l’évènement/).fill('Cortège de la Saint-Vincent');
    await page.getByLabel('Une association').check();
    await page.getByLabel(/Nom de l’association/).fill('Comité des fêtes du centre');
    await page.getByLabel(/Nombre de personnes attendues/).fill('600');
    await next(page);

    const earliest = (await page.getByTestId('permit-earliest').getAttribute('data-date'))!;
    expect(earliest > brusselsDate(Date.now())).toBe(true);
    await page.getByLabel('Premier jour').fill(earliest);
    await page.getByLabel('Heure de début').fill('14:00');
    await page.getByLabel('Dernier jour').fill(earliest);
    await page.getByLabel('Heure de fin').fill('18:00');
    await next(page);

    await page.getByLabel(/Adresse ou nom du lieu/).fill('De la Grand-Place à la rue Neuve, Soignies');
    await page.getByLabel(/Une ligne/).check();
    await page.getByRole('button', { name: 'Ouvrir la carte' }).click();
    await page.getByTestId('permit-map').locator('canvas').waitFor(WAIT);
    await page.getByTestId('permit-map').scrollIntoViewIfNeeded();
    const box = (await page.getByTestId('permit-map').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2 - 50, box.y + box.height / 2 - 30);
    await page.mouse.click(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40);
    await expect.poll(() => page.getByTestId('permit-map-status').textContent(), WAIT).toBe('Ligne de 2 points tracée.');
    await next(page);

    // What the step promises comes from Soignies' settings: a road closure brings in no mobility department there.
    expect(await page.getByTestId('permit-need-help-road_closure').textContent()).not.toMatch(/mobilit/i);
    expect(await page.getByTestId('permit-need-help-sound').textContent()).toContain('Avis demandé à : Environnement et Propreté.');
    await page.getByLabel(/Fermeture de rue/).check();
    await page.getByLabel(/Podium ou scène/).check();
    await expect
      .poll(() => page.getByTestId('permit-needs-reviewers').textContent(), WAIT)
      .toBe('Avec ces besoins, la commune demandera l’avis de : Zone de police, Zone de secours (prévention incendie).');
    await next(page);

    await page
      .getByTestId('permit-doc-insurance')
      .locator('input[type="file"]')
      .setInputFiles({
        name: 'attestation-assurance.pdf',
        mimeType: 'application/pdf',
        buffer: demoPdf('Attestation RC organisateur'),
      });
    await page.getByTestId('permit-doc-item').first().waitFor(WAIT);
    await next(page);

    await page.getByLabel(/Nom et prénom/).fill(association.name);
    await page.getByLabel(/Adresse e-mail/).fill(association.email);
    await page.getByLabel(/Téléphone/).fill(association.phone);
    await next(page);

    expect((await page.getByTestId('permit-fee').textContent())?.trim()).toContain('Gratuit');
    const form = (await page.getByTestId('permit-form').textContent()) ?? '';
    expect(form).toContain('instruite par le Service Fêtes et Évènements, qui demandera l’avis de : Zone de police, Zone de secours');
    expect(form).not.toMatch(/service service/i);
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await page.getByTestId('permit-done').waitFor(WAIT);
    code = (await page.getByTestId('permit-code').textContent())!.trim();
    privateHref = (await page.getByTestId('permit-private-link').getAttribute('href'))!;
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(privateHref).toContain('#cle=');
    await page.context().close();
  });

  it('the requester confirms their address from the one mail they got, on a page in plain French', async () => {
    const link = await eventually(() => confirmationLink(platform.paths.outbox, association.email, code), 20_000, 'the confirmation mail');
    expect(link.mail.text).toContain('une demande d’autorisation');
    expect(link.mail.text).not.toContain(association.name);
    const page = await newPage();
    await page.goto(link.url);
    await page.getByRole('button', { name: 'Confirmer mon adresse e-mail' }).click();
    await expect.poll(() => page.getByTestId('mail-confirmation').getAttribute('data-state'), WAIT).toBe('done');
    expect(await page.getByRole('link', { name: 'Suivre ma demande' }).getAttribute('href')).toBe(`/soignies/demandes/suivi/${code}/`);
    await page.context().close();
  });

  it('the events department takes it in hand and asks the police and fire safety for their opinion', async () => {
    const page = await openAsStaff('evenements');
    expect(await stateOf(page)).toBe('submitted');
    expect(await page.getByTestId('permit-requester').textContent()).toContain(association.email);
    expect(await page.getByTestId('permit-requester-organisation').textContent()).toBe('Comité des fêtes du centre');
    await page.getByRole('button', { name: 'Prendre en charge' }).click();
    await expect.poll(() => stateOf(page), WAIT).toBe('under_review');
    expect(await page.getByTestId('permit-reviewers').textContent()).toMatch(/Zone de police[\s\S]*Zone de secours/);
    await page.getByRole('button', { name: 'Demander l’avis des services' }).click();
    await expect.poll(() => stateOf(page), WAIT).toBe('opinions');
    expect(await page.getByTestId('permit-opinions').getAttribute('data-pending')).toBe('2');
    await page.context().close();
  });

  it('the police and the fire safety officer each give their opinion', async () => {
    const police = await openAsStaff('police');
    const form = police.getByTestId('opinion-form-police');
    await form.getByLabel('Favorable sous conditions').check();
    await form.getByLabel('Explication ou conditions').fill('Barrières Nadar aux carrefours ; deux signaleurs.');
    await form.getByRole('button', { name: 'Envoyer l’avis' }).click();
    await expect.poll(() => police.getByTestId('opinion-police').getAttribute('data-status'), WAIT).toBe('given');
    await police.context().close();

    const secours = await openAsStaff('secours');
    const f2 = secours.getByTestId('opinion-form-secours');
    await f2.getByLabel('Favorable', { exact: true }).check();
    await f2.getByRole('button', { name: 'Envoyer l’avis' }).click();
    await expect.poll(() => secours.getByTestId('opinion-secours').getAttribute('data-status'), WAIT).toBe('given');
    await secours.context().close();
  });

  it('the agent sees both opinions side by side, approves with conditions and issues the authorisation', async () => {
    const page = await openAsStaff('evenements');
    expect(await page.getByTestId('opinion-police').getAttribute('data-verdict')).toBe('conditional');
    expect(await page.getByTestId('opinion-secours').getAttribute('data-verdict')).toBe('favourable');
    await page.getByTestId('decision-approved_with_conditions').check();
    await page.getByLabel('Conditions, une par ligne').fill('Barrières Nadar aux carrefours.\nDeux signaleurs en gilet fluorescent.');
    await page.getByLabel('Date de la décision du Collège').fill(brusselsDate(Date.now()));
    await page.getByLabel('Référence de la décision du Collège').fill('CC/2026/207');
    // Whether the conditions show on the public page: the agent must choose, nothing is chosen for them.
    const form = page.getByTestId('permit-decision-form');
    expect(await form.getByRole('radio', { checked: true }).count()).toBe(1); // the outcome only
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await page.getByTestId('decision-errors').waitFor();
    expect(await page.getByTestId('decision-errors').textContent()).toContain('Choisissez si ce texte est visible au public.');
    expect(await stateOf(page)).toBe('opinions');
    await form.getByLabel('Non, seulement pour le demandeur').check();
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await expect.poll(() => stateOf(page), WAIT).toBe('approved_with_conditions');
    await page.getByRole('button', { name: 'Délivrer l’autorisation' }).click();
    await expect.poll(() => stateOf(page), WAIT).toBe('issued');
    await expect.poll(() => page.getByTestId('permit-documents').getAttribute('data-count'), WAIT).toBe('2');
    reference = (await page.getByTestId('permit-reference').textContent())!.match(/EV-\d{4}-\d{4}/)![0];
    await page.context().close();
  });

  it('the requester’s tracking page offers the authorisation and the poster, which open as valid PDFs with the right text and QR', async () => {
    const page = await newPage();
    await page.goto(privateHref.startsWith('http') ? privateHref : `${platform.url}${privateHref}`);
    await expect.poll(() => page.getByTestId('permit-tracking').getAttribute('data-state'), WAIT).toBe('issued');
    expect(await page.getByTestId('permit-conditions').textContent()).toContain('Deux signaleurs');
    const trackingUrl = `${platform.url}/soignies/demandes/suivi/${code}/`;
    const pdfOf = async (type: string) => {
      const href = await page.getByTestId(`permit-document-${type}`).getAttribute('href');
      const res = await fetch(new URL(href!, platform.url));
      expect(res.headers.get('content-type')).toBe('application/pdf');
      return openPdf(new Uint8Array(await res.arrayBuffer()));
    };

    const authorisation = await pdfOf('authorisation');
    const text = (await documentText(authorisation)).replace(/\s+/g, ' ');
    for (const s of [
      reference,
      code,
      'Cortège de la Saint-Vincent',
      // The association holds the authorisation; the person who filed it is its contact.
      'Titulaire Comité des fêtes du centre Personne de contact Claire Fontaine',
      'Barrières Nadar aux carrefours.',
      'Deux signaleurs en gilet fluorescent.',
      'CC/2026/207',
    ]) {
      expect(text).toContain(s);
    }
    expect(await decodeQr(authorisation)).toBe(trackingUrl);

    const poster = await pdfOf('poster');
    const posterText = (await documentText(poster)).replace(/\s+/g, ' ');
    expect(posterText).toContain('ÉVÈNEMENT');
    expect(posterText).toContain(reference);
    expect(posterText).not.toContain('Claire Fontaine');
    expect(await decodeQr(poster)).toBe(trackingUrl);
    await page.context().close();
  });

  it('the public page (tracking code only) shows the poster but not the authorisation nor the requester, in Dutch too', async () => {
    const page = await newPage();
    await page.goto(`${platform.url}/soignies/demandes/suivi/${code}/`);
    await expect.poll(() => page.getByTestId('permit-tracking').getAttribute('data-state'), WAIT).toBe('issued');
    expect(await page.getByTestId('permit-document-poster').count()).toBe(1);
    expect(await page.getByTestId('permit-document-authorisation').count()).toBe(0);
    expect(await page.content()).not.toContain(association.email);
    // The agent kept the conditions off the public page (the requester sees them, above).
    expect(await page.getByTestId('permit-conditions').count()).toBe(0);
    expect(await page.content()).not.toContain('Deux signaleurs');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect.poll(() => page.getByTestId('permit-state').textContent(), WAIT).toContain('Vergunning afgeleverd');
    await page.context().close();
  });

  it('the outbox holds the requester’s mails for each step and the departments’ opinion requests', async () => {
    const subjects = () =>
      outboxOf(platform)
        .filter((m) => m.to === association.email && !isConfirmationMail(m))
        .map((m) => m.subject)
        .sort();
    await expect.poll(() => subjects().length, { timeout: 20_000 }).toBe(5);
    expect(subjects()).toEqual([
      `Votre demande ${code} : Accordée sous conditions`,
      `Votre demande ${code} : Autorisation délivrée`,
      `Votre demande ${code} : Avis des services`,
      `Votre demande ${code} : En cours d’examen`,
      `Votre demande ${code} est bien introduite`,
    ]);
    const issued = outboxOf(platform).find((m) => m.to === association.email && m.subject.includes('Autorisation délivrée'))!;
    expect(issued.text).toContain(reference);
    const departments = outboxOf(platform).filter((m) => m.subject === `Avis demandé : demande ${code}`);
    expect(departments.map((m) => m.to).sort()).toEqual(['police@soignies.example', 'secours@soignies.example']);
    // Departments get no word the public typed: neither the title, nor the association, nor the requester.
    for (const m of departments) {
      expect(`${m.subject}\n${m.text}`).not.toContain('Saint-Vincent');
      expect(`${m.subject}\n${m.text}`).not.toContain('Comité des fêtes');
      expect(`${m.subject}\n${m.text}`).not.toContain(association.name);
    }
  });
});
