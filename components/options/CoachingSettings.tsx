import { t } from '@/lib/i18n/t';
import type { Settings } from '@/lib/settings/settings';
import { RULE_GROUPS } from './rule-groups';
import type { SaveSettings } from './settings-save';

const GOALS = [0, 5, 10, 15, 20, 25, 30, 40, 50];

/**
 * The coach: holding the Post click once, the promotion goal, and each rule, grouped by what it
 * looks at (links, words, relationships, your history), each group with one sentence.
 */
export function CoachingSettings({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const disabled = new Set(settings.disabledRules);
  return (
    <fieldset data-testid="dt-settings-rules">
      <legend>{t('coachingTitle')}</legend>
      <label class="toggle">
        <input
          type="checkbox"
          checked={settings.holdsEnabled}
          onChange={(e) => {
            const on = (e.currentTarget as HTMLInputElement).checked;
            void save({ holdsEnabled: on }, on ? t('holdOnSaved') : t('holdOffSaved'));
          }}
        />
        <span>
          <strong>{t('holdName')}</strong>
          <span class="muted small"> {t('holdAbout')}</span>
        </span>
      </label>
      <div class="row">
        <label for="promo-goal">{t('promoGoalLabel')}</label>
        <select
          id="promo-goal"
          value={String(Math.round(settings.promoRatioGoal * 100))}
          onChange={(e) => {
            const percent = Number((e.currentTarget as HTMLSelectElement).value);
            void save({ promoRatioGoal: percent / 100 }, t('promoGoalSaved', { percent }));
          }}
        >
          {GOALS.map((percent) => (
            <option key={percent} value={String(percent)}>
              {t('percent', { percent })}
            </option>
          ))}
        </select>
      </div>
      <p class="muted small">{t('promoGoalHint')}</p>

      {RULE_GROUPS.map((group) => (
        <section
          class="rule-group"
          key={group.id}
          data-group={group.id}
          aria-labelledby={`rules-${group.id}`}
        >
          <h3 id={`rules-${group.id}`}>{t(group.title)}</h3>
          <p class="muted small">{t(group.about)}</p>
          {group.rules.map((rule) => (
            <label class="toggle" key={rule.id} data-rule={rule.id}>
              <input
                type="checkbox"
                checked={!disabled.has(rule.id)}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  const next = on
                    ? settings.disabledRules.filter((r) => r !== rule.id)
                    : [...settings.disabledRules, rule.id];
                  void save(
                    { disabledRules: next },
                    t(on ? 'ruleOnSaved' : 'ruleOffSaved', { rule: t(rule.name) }),
                  );
                }}
              />
              <span>
                <strong>{t(rule.name)}</strong>
                <span class="muted small"> {t(rule.about)}</span>
              </span>
            </label>
          ))}
        </section>
      ))}
    </fieldset>
  );
}
