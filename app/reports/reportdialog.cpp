#include "app/reports/reportdialog.h"

#include "app/common/datefield.h"
#include "app/dialogs/dialogrunner.h"
#include "app/dialogs/filedialog.h"
#include "app/dialogs/messagebox.h"
#include "app/privacy/guarddialog.h"
#include "app/reports/savedfilenotice.h"
#include "app/settings/statuscolour.h"
#include "core/cpd/cpdsettings.h"
#include "core/failure/failurespectrum.h"
#include "core/i18n/phrasing.h"
#include "core/i18n/translations.h"
#include "core/io/suggestedfilename.h"
#include "core/journal/reflectionstore.h"
#include "core/models/modelcatalog.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportguard.h"
#include "core/report/reportpainter.h"
#include "core/report/reportsource.h"
#include "core/storage/database.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sessionstore.h"
#include "core/util/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace myfyrio {

namespace {

/// The journal's current search in a few words: its text, tag and failure filters.
QString describe(const ReflectionFilter& filter)
{
    QStringList parts;
    if (!filter.text.trimmed().isEmpty())
        parts << QStringLiteral("“") + filter.text.trimmed() + QStringLiteral("”");
    if (!filter.tag.isEmpty())
        parts << QStringLiteral("#") + filter.tag;
    if (const auto reason = FailureSpectrum::reasonFromCode(filter.failureReason))
        parts << FailureSpectrum::label(*reason);
    if (const auto type = FailureSpectrum::typeFromCode(filter.failureType))
        parts << FailureSpectrum::label(*type);
    return parts.join(QStringLiteral(", "));
}

} // namespace

ReportDialog::ReportDialog(const Database& database, QWidget* parent)
    : QDialog(parent),
      m_database(database),
      m_form(new QFormLayout),
      m_kind(new QComboBox(this)),
      m_item(new QComboBox(this)),
      m_limitDates(new QCheckBox(this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_tag(new QLineEdit(this)),
      m_search(new QLineEdit(this)),
      m_model(new QComboBox(this)),
      m_failureType(new QComboBox(this)),
      m_owner(new QLineEdit(this)),
      m_year(new QSpinBox(this)),
      m_language(new QComboBox(this)),
      m_paper(new QComboBox(this)),
      m_role(new QComboBox(this)),
      m_includePrivate(new QCheckBox(this)),
      m_privateWarning(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_selectionLabel(new QLabel(this)),
      m_selection(new QComboBox(this))
{
    setObjectName(QStringLiteral("reportDialog"));
    for (ReportKind kind : ReportBuilder::availableKinds())
        m_kind->addItem(QString(), static_cast<int>(kind));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(ReportKind::Portfolio)));
    const QDate today = QDate::currentDate();
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(today);
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_limitDates);
    dates->addWidget(m_from);
    dates->addWidget(m_to);
    dates->addStretch();
    m_year->setRange(1900, 9999);
    m_year->setValue(today.year());
    // Welsh first when the interface is Welsh.
    const bool welshFirst = Translations::current() == Translations::welsh();
    m_language->addItem(QString(), welshFirst ? QStringLiteral("cy") : QStringLiteral("en"));
    m_language->addItem(QString(), welshFirst ? QStringLiteral("en") : QStringLiteral("cy"));
    m_language->addItem(QString(), QStringLiteral("both"));
    m_language->setCurrentIndex(m_language->findData(Translations::current()));
    m_paper->addItem(QStringLiteral("A4"), static_cast<int>(QPageSize::A4));
    m_paper->addItem(QString(), static_cast<int>(QPageSize::Letter));
    m_privateWarning->setWordWrap(true);
    QFont bold = m_privateWarning->font();
    bold.setBold(true);
    m_privateWarning->setFont(bold);
    StatusColour::apply(m_privateWarning, StatusPalette::Role::Error);
    m_privateWarning->setObjectName(QStringLiteral("privateWarning"));

    m_model->addItem(QString(), QString());
    if (auto models = ModelCatalog(m_database).all()) {
        for (const ReflectiveModel& model : *models)
            m_model->addItem(model.name.in(Translations::current()), model.code);
    }
    m_failureType->addItem(QString(), QString());
    for (FailureType type : FailureSpectrum::types())
        m_failureType->addItem(FailureSpectrum::label(type), FailureSpectrum::code(type));
    m_owner->setText(appSettings()->value(ReportSource::ownerNameKey()).toString());
    for (Regulator role : {Regulator::ScwSocialWorker, Regulator::ScwManager, Regulator::ScwCareWorker})
        m_role->addItem(QString(), Regulators::code(role));
    m_role->setCurrentIndex(qMax(0, m_role->findData(Regulators::code(CpdSettings::load().regulator))));
    const QList<QWidget*> fields = {m_kind, m_item,  nullptr,    m_tag,   m_search,         m_model, m_failureType,
                                    m_year, m_owner, m_language, m_paper, m_includePrivate, m_role};
    for (QWidget* field : fields) {
        auto* label = new QLabel(this);
        m_labels.append(label);
        if (field)
            m_form->addRow(label, field);
        else
            m_form->addRow(label, dates);
    }
    m_form->addRow(m_privateWarning);
    m_selection->setObjectName(QStringLiteral("reportSelection"));
    m_selection->addItem(QString(), false);
    m_form->insertRow(1, m_selectionLabel, m_selection);
    m_form->setRowVisible(m_selection, false);

    m_save = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_print = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_preview = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_save->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillItems();
        updateFields();
    });
    connect(m_limitDates, &QCheckBox::toggled, this, &ReportDialog::updateFields);
    connect(m_selection, &QComboBox::currentIndexChanged, this, &ReportDialog::updateFields);
    connect(m_includePrivate, &QCheckBox::toggled, this, &ReportDialog::updateFields);
    connect(m_save, &QPushButton::clicked, this, &ReportDialog::savePdf);
    connect(m_print, &QPushButton::clicked, this, &ReportDialog::print);
    connect(m_preview, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
    retranslate();
    updateFields();
}

void ReportDialog::setKind(ReportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

void ReportDialog::setItemId(const QString& id)
{
    const int index = m_item->findData(id);
    if (index >= 0)
        m_item->setCurrentIndex(index);
}

void ReportDialog::setCurrentSearch(const ReflectionFilter& filter)
{
    m_currentSearch = filter;
    m_currentSearch.bestMatchFirst = false;
    if (m_selection->count() == 1 && !filter.isEmpty())
        m_selection->addItem(QString(), true);
    else if (m_selection->count() == 2 && filter.isEmpty())
        m_selection->removeItem(1);
    m_selection->setCurrentIndex(m_selection->count() - 1);
    retranslate();
    updateFields();
}

ReportOptions ReportDialog::options() const
{
    ReportOptions options;
    options.kind = static_cast<ReportKind>(m_kind->currentData().toInt());
    options.id = m_item->currentData().toString();
    if (m_limitDates->isChecked()) {
        options.filter.from = m_from->date();
        options.filter.to = m_to->date();
    }
    options.filter.tag = m_tag->text().trimmed();
    options.filter.text = m_search->text().trimmed();
    options.model = m_model->currentData().toString();
    options.filter.failureType = m_failureType->currentData().toString();
    options.ownerName = m_owner->text().trimmed();
    options.year = m_year->value();
    options.language = m_language->currentData().toString();
    options.paper = static_cast<QPageSize::PageSizeId>(m_paper->currentData().toInt());
    options.includePrivate = m_includePrivate->isChecked();
    if (options.kind == ReportKind::ScwLog)
        options.regulator = m_role->currentData().toString();
    if (options.kind == ReportKind::Portfolio && m_selection->currentData().toBool())
        options.filter = m_currentSearch;
    return options;
}

void ReportDialog::fillItems()
{
    const auto kind = static_cast<ReportKind>(m_kind->currentData().toInt());
    const QString previous = m_item->currentData().toString();
    m_item->clear();
    const QLocale locale;
    if (ReportOptions::needsReflection(kind)) {
        auto all = ReflectionStore(m_database).list();
        for (const ReflectionSummary& r : all ? *all : QVector<ReflectionSummary>()) {
            const QString date = Phrasing::shortDate(r.date, locale);
            //: %1 is the title of a reflection; %2 is a short date.
            const QString shared = tr("%1 (%2)").arg(r.title, date);
            //: %1 is the title of a reflection; %2 is a short date.
            const QString privateOne = tr("%1 (%2, private)").arg(r.title, date);
            m_item->addItem(r.bringToSupervision ? shared : privateOne, r.id);
        }
    } else if (kind == ReportKind::Agreement || kind == ReportKind::Session) {
        auto agreements = AgreementStore(m_database).list();
        for (const Agreement& agreement : agreements ? *agreements : QVector<Agreement>()) {
            const AgreementVersion* version = agreement.current();
            const QString parties =
                version ? Phrasing::twoNames(version->content.supervisorName, version->content.superviseeName)
                        : agreement.id;
            if (kind == ReportKind::Agreement) {
                m_item->addItem(parties, agreement.id);
                continue;
            }
            auto sessions = SessionStore(m_database).list(agreement.id);
            for (const Session& session : sessions ? *sessions : QVector<Session>())
                //: %1 is a date; %2 is a person's name, or two joined.
                m_item->addItem(tr("%1: %2").arg(Phrasing::shortDate(session.date, locale), parties), session.id);
        }
    }
    setItemId(previous);
}

void ReportDialog::updateFields()
{
    const auto kind = static_cast<ReportKind>(m_kind->currentData().toInt());
    const bool item =
        ReportOptions::needsReflection(kind) || kind == ReportKind::Agreement || kind == ReportKind::Session;
    const bool searched = kind == ReportKind::Portfolio && m_selection->currentData().toBool();
    // The forms of a period cover the current CPD cycle unless dates are given.
    const bool selection = ((kind == ReportKind::Portfolio || kind == ReportKind::Failures) && !searched)
                           || kind == ReportKind::ScwLog || kind == ReportKind::HcpcSummary;
    m_form->setRowVisible(m_role, kind == ReportKind::ScwLog);
    m_form->setRowVisible(m_item, item);
    m_form->setRowVisible(m_selection, kind == ReportKind::Portfolio && m_selection->count() > 1);
    int datesRow = -1; // the row whose field is the layout of the two dates
    QFormLayout::ItemRole role = QFormLayout::LabelRole;
    m_form->getWidgetPosition(m_labels.at(2), &datesRow, &role);
    m_form->setRowVisible(datesRow, selection);
    m_form->setRowVisible(m_tag, kind == ReportKind::Portfolio && !searched);
    m_form->setRowVisible(m_search, kind == ReportKind::Portfolio && !searched);
    m_form->setRowVisible(m_model, kind == ReportKind::Portfolio || kind == ReportKind::Failures);
    m_form->setRowVisible(m_failureType, (kind == ReportKind::Portfolio && !searched) || kind == ReportKind::Failures);
    m_form->setRowVisible(m_year, kind == ReportKind::Annual);
    m_from->setEnabled(m_limitDates->isChecked());
    m_to->setEnabled(m_limitDates->isChecked());
    m_privateWarning->setVisible(m_includePrivate->isChecked());
    adjustSize();
    const bool ready = !item || m_item->count() > 0;
    m_save->setEnabled(ready);
    m_print->setEnabled(ready);
    m_preview->setEnabled(ready);
}

void ReportDialog::retranslate()
{
    setWindowTitle(tr("Report"));
    showShortDate(m_from);
    showShortDate(m_to);
    const QStringList kindNames = {tr("A single reflection"),       tr("Portfolio of reflections"),
                                   tr("Supervision agreement"),     tr("Supervision session record"),
                                   tr("Annual review pack"),        tr("Failure spectrum summary"),
                                   tr("NMC reflective account"),    tr("Social Work England CPD record"),
                                   tr("Social Care Wales CPD log"), tr("HCPC-style CPD summary")};
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, kindNames.value(m_kind->itemData(i).toInt()));
    m_language->setItemText(m_language->findData(QStringLiteral("en")), QStringLiteral("English"));
    m_language->setItemText(m_language->findData(QStringLiteral("cy")), QStringLiteral("Cymraeg"));
    m_language->setItemText(m_language->findData(QStringLiteral("both")), QStringLiteral("Cymraeg + English"));
    m_selectionLabel->setText(tr("Reflections:"));
    m_selection->setItemText(0, tr("Chosen with the fields below"));
    if (m_selection->count() > 1)
        //: %1 describes the journal's current search, e.g. “tref” lang:cy, #visits.
        m_selection->setItemText(1, tr("The current search: %1").arg(describe(m_currentSearch)));
    m_paper->setItemText(1, tr("US Letter"));
    m_limitDates->setText(tr("From and to:"));
    m_tag->setPlaceholderText(tr("Any tag"));
    m_search->setPlaceholderText(tr("Any words"));
    m_model->setItemText(0, tr("Any model"));
    for (int i = 1; i < m_model->count(); ++i) {
        if (const ReflectiveModel* model = ModelCatalog::builtIn(m_model->itemData(i).toString()))
            m_model->setItemText(i, model->name.in(Translations::current()));
    }
    m_failureType->setItemText(0, tr("Any type, or none"));
    for (int i = 1; i < m_failureType->count(); ++i) {
        if (const auto type = FailureSpectrum::typeFromCode(m_failureType->itemData(i).toString()))
            m_failureType->setItemText(i, FailureSpectrum::label(*type));
    }
    m_owner->setPlaceholderText(tr("Your name, as it should appear on the report"));
    m_includePrivate->setText(tr("Include private reflections (a copy for myself)"));
    m_privateWarning->setText(tr("This copy will include reflections you have not marked to bring to supervision. "
                                 "Keep it for yourself; do not share it."));
    m_save->setText(tr("Save as PDF…"));
    m_print->setText(tr("Print…"));
    m_preview->setText(tr("Print Preview…"));
    const QStringList labels = {tr("Kind:"),
                                tr("Which:"),
                                tr("Dates:"),
                                tr("Tag:"),
                                tr("Search:"),
                                tr("Model:"),
                                tr("Failure type:"),
                                tr("Year:"),
                                tr("Name on report:"),
                                tr("Report language:"),
                                tr("Paper:"),
                                tr("Privacy:"),
                                tr("Role:")};
    const QString language = Translations::current();
    for (int i = 0; i < m_role->count(); ++i) {
        if (const auto role = Regulators::fromCode(m_role->itemData(i).toString()))
            m_role->setItemText(i, Regulators::name(*role, language));
    }
    for (int row = 0; row < labels.size() && row < m_labels.size(); ++row)
        m_labels.at(row)->setText(labels.at(row));
    fillItems();
}

void ReportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool ReportDialog::build(ReportContent& content)
{
    appSettings()->setValue(ReportSource::ownerNameKey(), m_owner->text().trimmed());
    auto built = ReportBuilder(m_database).build(options());
    if (!built) {
        MessageBox::warning(this, tr("Report"), built.error());
        return false;
    }
    content = std::move(built).value();
    return guard(content, options());
}

bool ReportDialog::guard(ReportContent& content, const ReportOptions& options)
{
    if (!ReportGuard::applies(options))
        return true;
    const ProtectedNames names = ProtectedNames::load();
    const Findings findings = ReportGuard::scan(content, names);
    if (findings.isEmpty())
        return true;
    GuardDialog dialog(findings, options.language, this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return false;
    if (dialog.choice() == GuardDialog::Choice::Replace)
        ReportGuard::redact(content, names, dialog.redaction());
    ReportGuard::markIdentifiersLeftIn(content, dialog.leftIn());
    return true;
}

void ReportDialog::savePdf()
{
    ReportContent content;
    if (!build(content))
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        SuggestedFileName::make(QDate::currentDate(), content.title, content.subject, QStringLiteral("pdf"));
    const QString path = FileDialog::getSaveFileName(this, tr("Save Report as PDF"), QDir(folder).filePath(suggested),
                                                     tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto written = ReportPainter::writePdf(content, path); !written) {
        MessageBox::warning(this, tr("Report"), written.error());
        return;
    }
    SavedFileNotice::show(this, tr("Report saved"), path);
}

void ReportDialog::print()
{
    ReportContent content;
    if (!build(content))
        return;
    QPrinter printer(QPrinter::HighResolution);
    ReportPainter::setUpPage(printer, content.paper);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto painted = ReportPainter::paint(content, printer); !painted)
        MessageBox::warning(this, tr("Report"), painted.error());
}

void ReportDialog::preview()
{
    ReportContent content;
    if (!build(content))
        return;
    QPrinter printer(QPrinter::HighResolution);
    ReportPainter::setUpPage(printer, content.paper);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&content](QPrinter* target) { (void)ReportPainter::paint(content, *target); });
    dialog.exec();
}

} // namespace myfyrio
