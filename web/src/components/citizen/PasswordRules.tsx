/**
 * The password rules, shown before anything is typed and ticked off as they are met (the one definition:
 * PASSWORD_RULES, shared/src/password-rules.ts, which the pool's policy and the API's schema use too). Each line
 * says in words whether it is met (not by its colour or mark alone: WCAG 1.4.1).
 */
import { PASSWORD_POLICY } from '@tandem/shared/identity';
import { PASSWORD_RULES } from '@tandem/shared/password-rules';
import { tr } from '../../lib/locale';

export default function PasswordRules({ id, value }: { id: string; value: string }) {
  return (
    <div id={id} class="password-rules hint" data-testid="password-rules">
      <p>{tr('password.rules.title')}</p>
      <ul>
        {PASSWORD_RULES.map((r) => {
          const met = value !== '' && r.test(value);
          return (
            <li key={r.id} class={met ? 'met' : undefined} data-rule={r.id} data-met={met ? 'true' : 'false'}>
              <span aria-hidden="true">{met ? '✓ ' : '• '}</span>
              {tr(r.message, { count: PASSWORD_POLICY.minLength })}
              <span class="visually-hidden"> ({tr(met ? 'password.rule.met' : 'password.rule.unmet')})</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
