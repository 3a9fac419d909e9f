#include "app/cpd/cpdpreferencesbox.h"

#include "app/common/datefield.h"
#include "core/cpd/cpdsettings.h"
#include "core/i18n/translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace myfyrio {

CpdPreferencesBox::CpdPreferencesBox(QWidget* parent)
    : QGroupBox(parent),
      m_regulator(new QComboBox(this)),
      m_startKnown(new QCheckBox(this)),
      m_start(new QDateEdit(this)),
      m_regulatorLabel(new QLabel(this)),
      m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("cpdPreferences"));
    for (Regulator regulator : Regulators::all())
        m_regulator->addItem(QString(), Regulators::code(regulator));
    m_start->setCalendarPopup(true);
    m_start->setDateRange(QDate(1950, 1, 1), QDate(9999, 12, 31));
    m_regulatorLabel->setBuddy(m_regulator);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    const CpdSettings settings = CpdSettings::load();
    m_regulator->setCurrentIndex(qMax(0, m_regulator->findData(Regulators::code(settings.regulator))));
    m_startKnown->setChecked(settings.cycleStart.isValid());
    m_start->setDate(settings.cycleStart.isValid() ? settings.cycleStart : QDate::currentDate());
    m_start->setEnabled(settings.cycleStart.isValid());

    auto* start = new QHBoxLayout;
    start->addWidget(m_startKnown);
    start->addWidget(m_start);
    start->addStretch(1);
    auto* form = new QFormLayout(this);
    form->addRow(m_regulatorLabel, m_regulator);
    form->addRow(start);
    form->addRow(m_note);

    connect(m_regulator, &QComboBox::currentIndexChanged, this, &CpdPreferencesBox::save);
    connect(m_startKnown, &QCheckBox::toggled, this, [this](bool on) {
        m_start->setEnabled(on);
        save();
    });
    connect(m_start, &QDateEdit::dateChanged, this, &CpdPreferencesBox::save);
    retranslate();
    m_loading = false;
}

void CpdPreferencesBox::retranslate()
{
    setTitle(tr("CPD and your regulator"));
    showShortDate(m_start);
    m_regulatorLabel->setText(tr("&Regulator and role:"));
    m_startKnown->setText(tr("My current &cycle started on:"));
    m_start->setAccessibleName(tr("The day your CPD cycle started"));
    const QString language = Translations::current();
    for (int i = 0; i < m_regulator->count(); ++i) {
        if (const auto regulator = Regulators::fromCode(m_regulator->itemData(i).toString()))
            m_regulator->setItemText(i, Regulators::name(*regulator, language));
    }
    updateNote();
}

void CpdPreferencesBox::updateNote()
{
    const auto regulator = Regulators::fromCode(m_regulator->currentData().toString()).value_or(Regulator::None);
    if (Regulators::requirement(regulator).fixedYear)
        m_note->setText(tr("Without a start day, the registration year runs from 1 December to 30 November."));
    else
        m_note->setText(tr("Cycles follow on from this day; without it, the CPD view counts the cycle that ends "
                           "today."));
}

void CpdPreferencesBox::save()
{
    updateNote();
    if (m_loading)
        return;
    CpdSettings settings;
    settings.regulator = Regulators::fromCode(m_regulator->currentData().toString()).value_or(Regulator::None);
    settings.cycleStart = m_startKnown->isChecked() ? m_start->date() : QDate();
    CpdSettings::save(settings);
}

void CpdPreferencesBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        const bool wasLoading = m_loading;
        m_loading = true;
        retranslate();
        m_start->setLocale(QLocale());
        m_loading = wasLoading;
    }
    QGroupBox::changeEvent(event);
}

} // namespace myfyrio
