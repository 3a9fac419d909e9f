#include "app/cpd/cpdview.h"

#include "app/common/staleviewrefresher.h"
#include "app/cpd/cpdprogresschart.h"
#include "core/cpd/cpdcatalog.h"
#include "core/cpd/cpdprogress.h"
#include "core/cpd/cpdsettings.h"
#include "core/i18n/translations.h"
#include "core/storage/database.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace myfyrio {

namespace {

enum Column { DateColumn, TitleColumn, TypeColumn, HoursColumn, ColumnCount };
constexpr int idRole = Qt::UserRole;
constexpr int dateRole = Qt::UserRole + 1;

} // namespace

CpdView::CpdView(const Database& database, QWidget* parent)
    : QWidget(parent),
      m_database(database),
      m_heading(new QLabel(this)),
      m_regulator(new QLabel(this)),
      m_cycle(new QLabel(this)),
      m_totals(new QLabel(this)),
      m_chart(new CpdProgressChart(this)),
      m_missingHeading(new QLabel(this)),
      m_missing(new QLabel(this)),
      m_activitiesHeading(new QLabel(this)),
      m_activities(new QTreeWidget(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("cpdView"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    QFont sub = m_missingHeading->font();
    sub.setBold(true);
    m_missingHeading->setFont(sub);
    m_activitiesHeading->setFont(sub);
    for (QLabel* label : {m_regulator, m_cycle, m_totals, m_missing, m_error}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_regulator->setObjectName(QStringLiteral("cpdRegulator"));
    m_missing->setObjectName(QStringLiteral("cpdMissing"));
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();
    m_activities->setColumnCount(ColumnCount);
    m_activities->setRootIsDecorated(false);
    m_activities->setUniformRowHeights(true);
    m_activities->setAllColumnsShowFocus(true);
    m_activities->header()->setStretchLastSection(false);
    m_activities->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_activities->setObjectName(QStringLiteral("cpdActivities"));
    m_activitiesHeading->setBuddy(m_activities);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_regulator);
    layout->addWidget(m_cycle);
    layout->addWidget(m_totals);
    layout->addWidget(m_chart);
    layout->addWidget(m_missingHeading);
    layout->addWidget(m_missing);
    layout->addWidget(m_error);
    layout->addWidget(m_activitiesHeading);
    layout->addWidget(m_activities, 1);

    connect(m_activities, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit openReflection(item->data(DateColumn, idRole).toString(), item->data(DateColumn, dateRole).toDate());
    });
    auto* refresher = new StaleViewRefresher(this, [this] { refresh(); });
    refresher->watchReflections(m_database.changes());
    connect(&CpdSettingsSignals::instance(), &CpdSettingsSignals::changed, refresher, &StaleViewRefresher::markStale);
    retranslate();
}

void CpdView::setToday(const QDate& today)
{
    m_today = today;
    refresh();
}

void CpdView::retranslate()
{
    m_heading->setText(tr("Continuing professional development"));
    m_missingHeading->setText(tr("Still to do"));
    m_activitiesHeading->setText(tr("CPD &activities in this cycle"));
    m_activities->setHeaderLabels({tr("Date"), tr("Reflection"), tr("Kind of activity"), tr("Hours")});
    m_activities->setAccessibleName(tr("CPD activities in this cycle"));
    m_chart->setAccessibleName(tr("Progress against the requirement"));
    refresh();
}

void CpdView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CpdView::refresh()
{
    const QString language = Translations::current();
    const QLocale locale;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const CpdSettings settings = CpdSettings::load();
    const CpdCycle cycle = CpdCycle::current(settings.regulator, settings.cycleStart, today);
    auto entries = CpdRecordStore(m_database.connection()).entries(cycle.from, cycle.to);
    m_error->setVisible(!entries);
    if (!entries)
        m_error->setText(entries.error());
    const CpdProgress progress =
        CpdProgress::compute(settings.regulator, cycle, entries ? *entries : QVector<CpdEntry>(), today);

    if (settings.regulator == Regulator::None)
        m_regulator->setText(tr("Choose your regulator and your role in Edit ▸ Preferences to see what it asks for."));
    else
        m_regulator->setText(Regulators::name(settings.regulator, language));
    //: %1 and %2 are the first and last days of the CPD cycle.
    QString cycleText =
        tr("Cycle: %1 to %2")
            .arg(locale.toString(cycle.from, QLocale::LongFormat), locale.toString(cycle.to, QLocale::LongFormat));
    if (!cycle.startSet && settings.regulator != Regulator::None
        && !Regulators::requirement(settings.regulator).fixedYear)
        cycleText += QLatin1Char('\n')
                     + tr("Set the day your cycle started in Edit ▸ Preferences; until then the "
                          "cycle is the one that ends today.");
    m_cycle->setText(cycleText);
    //: %1 is a number of hours, %2 a number of activities.
    m_totals->setText(tr("CPD hours: %1. Activities: %2.")
                          .arg(CpdCatalog::hoursText(progress.quarterHours(), language))
                          .arg(locale.toString(progress.records())));
    m_chart->setMeasures(progress.measures());
    m_chart->setVisible(!progress.measures().isEmpty());
    m_totals->setVisible(progress.measures().isEmpty()); // the chart says the same
    const QStringList missing = progress.missing(language);
    m_missingHeading->setVisible(!missing.isEmpty());
    m_missing->setVisible(!missing.isEmpty());
    QStringList lines;
    for (const QString& line : missing)
        lines << QStringLiteral("• ") + line;
    for (const CpdGap& gap : progress.gaps()) {
        //: %1 and %2 are days: a gap of three months or more between CPD activities.
        lines << QStringLiteral("    ")
                     + tr("No CPD from %1 to %2")
                           .arg(locale.toString(gap.from, QLocale::ShortFormat),
                                locale.toString(gap.to, QLocale::ShortFormat));
    }
    m_missing->setText(lines.join(QLatin1Char('\n')));

    m_activities->clear();
    for (const CpdEntry& entry : progress.entries()) {
        auto* item = new QTreeWidgetItem(m_activities);
        item->setText(DateColumn, locale.toString(entry.date, QLocale::ShortFormat));
        item->setText(TitleColumn, entry.title.isEmpty() ? tr("Untitled reflection") : entry.title);
        item->setText(TypeColumn, CpdCatalog::typeLabel(entry.record.type, language));
        item->setText(HoursColumn, CpdCatalog::hoursText(entry.record.quarterHours, language));
        item->setTextAlignment(HoursColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(DateColumn, idRole, entry.reflectionId);
        item->setData(DateColumn, dateRole, entry.date);
    }
    m_activities->resizeColumnToContents(DateColumn);
    m_activities->resizeColumnToContents(TypeColumn);
    m_activities->resizeColumnToContents(HoursColumn);
}

} // namespace myfyrio
