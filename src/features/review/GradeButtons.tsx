// The four grades as buttons, each showing when the card would come back (keys 1–4 do the same).
import { useTranslation } from 'react-i18next';
import { GRADES, type Grade, type Schedule } from '../../core/review/card';
import { intervalBetween, previewGrades } from '../../core/review/scheduler';

interface Props {
  schedule: Schedule;
  now: number;
  retention: number;
  onGrade: (grade: Grade) => void;
}

export function GradeButtons({ schedule, now, retention, onGrade }: Props) {
  const { t } = useTranslation('review');
  const preview = previewGrades(schedule, now, retention);
  return (
    <div className="rv-grades" role="group" aria-label={t('gradesLabel')}>
      {GRADES.map((grade) => {
        const { unit, count } = intervalBetween(now, preview[grade].due);
        const interval = t(`interval.${unit}`, { count });
        return (
          <button key={grade} type="button" className={`rv-grade rv-grade-${grade}`} onClick={() => onGrade(grade)}>
            <span className="rv-grade-name">
              <kbd aria-hidden="true">{grade}</kbd> {t(`grade.${grade}`)}
            </span>
            <span className="rv-grade-interval">{interval}</span>
          </button>
        );
      })}
    </div>
  );
}
