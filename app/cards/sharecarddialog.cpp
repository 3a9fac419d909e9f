#include "app/cards/sharecarddialog.h"

#include "app/dialogs/filedialog.h"
#include "app/dialogs/messagebox.h"
#include "core/failure/failurespectrum.h"
#include "core/i18n/translations.h"
#include "core/journal/systemscale.h"
#include "core/learning/carddraft.h"
#include "core/learning/cardformat.h"
#include "core/learning/cardsharing.h"
#include "core/util/appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace myfyrio {

namespace {

QStringList tagsFromText(const QString& text)
{
    QStringList tags;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

QPlainTextEdit* textBox(QWidget* parent, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

ShareCardDialog::ShareCardDialog(const Database& database, const Reflection& source, const ProtectedNames& names,
                                 QWidget* parent)
    : QDialog(parent),
      m_database(database),
      m_source(source),
      m_names(names),
      m_draft(CardDraft::fromReflection(source)),
      m_intro(new QLabel(this)),
      m_titleLabel(new QLabel(this)),
      m_title(new QLineEdit(this)),
      m_lessonLabel(new QLabel(this)),
      m_lesson(textBox(this, 4)),
      m_enablingLabel(new QLabel(this)),
      m_enabling(textBox(this, 2)),
      m_scaleLabel(new QLabel(this)),
      m_scale(new QComboBox(this)),
      m_tagsLabel(new QLabel(this)),
      m_tags(new QLineEdit(this)),
      m_authorLabel(new QLabel(this)),
      m_author(new QLineEdit(this)),
      m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this)),
      m_monthLabel(new QLabel(this)),
      m_month(new QLabel(this)),
      m_placementLabel(new QLabel(this)),
      m_placement(new QLabel(this)),
      m_findingsIntro(new QLabel(this)),
      m_findingsList(new QListWidget(this)),
      m_problem(new QLabel(this)),
      m_redact(new QPushButton(this)),
      m_share(new QPushButton(this)),
      m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("ShareCardDialog"));
    m_intro->setWordWrap(true);
    m_findingsIntro->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_placement->setWordWrap(true);
    m_title->setMaxLength(CardFormat::maximumTitle);
    m_author->setMaxLength(CardFormat::maximumAuthor);
    m_scale->addItem(QString(), QString());
    for (const QString& code : SystemScale::codes())
        m_scale->addItem(QString(), code);
    m_language->addItem(QStringLiteral("Cymraeg"), Translations::welsh());
    m_language->addItem(QStringLiteral("English"), Translations::english());
    m_findingsList->setWordWrap(true);
    m_findingsList->setMinimumHeight(m_findingsList->fontMetrics().lineSpacing() * 4);

    const struct {
        QLabel* label;
        QWidget* field;
    } rows[] = {{m_titleLabel, m_title},       {m_lessonLabel, m_lesson}, {m_enablingLabel, m_enabling},
                {m_scaleLabel, m_scale},       {m_tagsLabel, m_tags},     {m_authorLabel, m_author},
                {m_languageLabel, m_language}, {m_monthLabel, m_month},   {m_placementLabel, m_placement}};
    auto* form = new QFormLayout;
    for (const auto& row : rows) {
        row.label->setBuddy(row.field);
        form->addRow(row.label, row.field);
    }

    m_redact->setObjectName(QStringLiteral("redact"));
    m_share->setObjectName(QStringLiteral("share"));
    m_share->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_redact, QDialogButtonBox::ActionRole);
    buttons->addButton(m_share, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_redact, &QPushButton::clicked, this, &ShareCardDialog::redact);
    connect(m_share, &QPushButton::clicked, this, &ShareCardDialog::share);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_findingsIntro);
    layout->addWidget(m_findingsList, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    showCard(m_draft);
    for (QLineEdit* edit : {m_title, m_tags, m_author})
        connect(edit, &QLineEdit::textChanged, this, &ShareCardDialog::check);
    for (QPlainTextEdit* edit : {m_lesson, m_enabling})
        connect(edit, &QPlainTextEdit::textChanged, this, &ShareCardDialog::check);
    for (QComboBox* box : {m_scale, m_language})
        connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this, &ShareCardDialog::check);
    retranslate();
    resize(640, 720);
}

void ShareCardDialog::showCard(const LearningCard& card)
{
    m_title->setText(card.title);
    m_lesson->setPlainText(card.lesson);
    m_enabling->setPlainText(card.enabling);
    m_scale->setCurrentIndex(qMax(0, m_scale->findData(card.scale)));
    m_tags->setText(card.tags.join(QStringLiteral(", ")));
    m_author->setText(card.author);
    m_language->setCurrentIndex(qMax(0, m_language->findData(card.language)));
}

LearningCard ShareCardDialog::card() const
{
    LearningCard card = m_draft;
    card.title = m_title->text().trimmed();
    card.lesson = m_lesson->toPlainText().trimmed();
    card.enabling = m_enabling->toPlainText().trimmed();
    card.scale = m_scale->currentData().toString();
    card.tags = tagsFromText(m_tags->text());
    card.author = m_author->text().simplified();
    card.language = m_language->currentData().toString();
    return card;
}

void ShareCardDialog::check()
{
    const LearningCard current = card();
    m_findings = CardCheck::scan(current, m_source, m_names);
    m_findingsList->clear();
    for (const CardFinding& finding : std::as_const(m_findings))
        m_findingsList->addItem(CardCheck::describe(finding));
    m_findingsList->setVisible(!m_findings.isEmpty());
    //: %1 is a number of findings.
    const QString found = tr("The card check found what could identify someone or give away more than you mean to "
                             "share (%1). Edit it, redact it, or confirm when you share that you typed it on purpose:");
    m_findingsIntro->setText(m_findings.isEmpty()
                                 ? tr("The card check found nothing that could identify someone, nor the reflection's "
                                      "day, nor words copied from its body.")
                                 : found.arg(QLocale().toString(m_findings.size())));
    m_redact->setEnabled(!m_findings.isEmpty());
    const QString problem = CardFormat::validate(current);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_share->setEnabled(problem.isEmpty());
}

void ShareCardDialog::redact()
{
    showCard(CardCheck::redact(card(), m_findings));
    check();
}

bool ShareCardDialog::confirmFindings()
{
    QMessageBox box(QMessageBox::Warning, windowTitle(),
                    tr("The card still holds what the card check found. Share it only if you typed these into "
                       "the card on purpose and they identify no one."),
                    QMessageBox::NoButton, this);
    box.setInformativeText(CardSharing::findingsMessage(m_findings));
    QPushButton* anyway = box.addButton(tr("Share Anyway"), QMessageBox::AcceptRole);
    QPushButton* back = box.addButton(tr("Go Back"), QMessageBox::RejectRole);
    box.setDefaultButton(back);
    return MessageBox::exec(box) == anyway;
}

void ShareCardDialog::share()
{
    check();
    if (!m_share->isEnabled())
        return;
    CardFindingsChoice choice = CardFindingsChoice::Refuse;
    if (!m_findings.isEmpty()) {
        if (!confirmFindings())
            return;
        choice = CardFindingsChoice::KeepConfirmed;
    }
    auto settings = appSettings();
    const QString suggested =
        settings->value(folderKey(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString folder = FileDialog::getExistingDirectory(this, tr("Choose the Card Folder"), suggested);
    if (folder.isEmpty())
        return;
    const CardShareRequest request{card(), m_source, folder, m_names, choice};
    auto shared = CardSharing::share(m_database, request);
    if (!shared) {
        MessageBox::warning(this, windowTitle(), shared.error());
        return;
    }
    settings->setValue(folderKey(), folder);
    m_writtenPath = QDir(folder).filePath(CardFormat::fileName(shared->id));
    MessageBox::information(this, windowTitle(),
                            //: %1 is the path of the card's file.
                            tr("The learning card was written to “%1”. You can withdraw it later from File ▸ "
                               "Shared Learning Cards.")
                                .arg(QDir::toNativeSeparators(m_writtenPath)));
    accept();
}

void ShareCardDialog::retranslate()
{
    setWindowTitle(tr("Share as Learning Card"));
    m_intro->setText(tr("A learning card holds only what you write in it here, never the reflection's body or "
                        "day. Write the lesson in your own words for the people who will read it, and leave "
                        "out anyone's name."));
    m_titleLabel->setText(tr("&Title:"));
    m_lessonLabel->setText(tr("&Lesson:"));
    m_enablingLabel->setText(tr("&Enabling question:"));
    m_enabling->setPlaceholderText(tr("What would the team, organisation or place need to do?"));
    m_scaleLabel->setText(tr("S&ystem scale:"));
    m_scale->setItemText(0, tr("None given"));
    for (int i = 1; i < m_scale->count(); ++i)
        m_scale->setItemText(i, SystemScale::label(m_scale->itemData(i).toString()));
    m_tagsLabel->setText(tr("Ta&gs:"));
    m_tags->setPlaceholderText(tr("Separated by commas"));
    m_authorLabel->setText(tr("&Author label:"));
    m_author->setPlaceholderText(tr("Initials, a team name, or nothing"));
    m_languageLabel->setText(tr("La&nguage of the card:"));
    m_monthLabel->setText(tr("Month:"));
    m_month->setText(m_draft.month.isValid() ? QLocale().toString(m_draft.month, QStringLiteral("MMMM yyyy"))
                                             : QString());
    m_placementLabel->setText(tr("Failure placement:"));
    if (m_draft.failure) {
        QStringList parts{FailureSpectrum::label(m_draft.failure->reason),
                          FailureSpectrum::label(m_draft.failure->type)};
        if (m_draft.failure->setting)
            parts.append(FailureSpectrum::label(*m_draft.failure->setting));
        m_placement->setText(parts.join(QStringLiteral(" · ")));
    } else {
        m_placement->setText(tr("Not placed on the spectrum"));
    }
    m_findingsList->setAccessibleName(tr("What the card check found"));
    m_problem->setAccessibleName(tr("What keeps the card from being shared"));
    m_redact->setText(tr("&Redact"));
    m_redact->setToolTip(tr("Replace everything the card check found with a placeholder such as [name]."));
    m_share->setText(tr("&Share…"));
    m_cancel->setText(tr("Cancel"));
    check();
}

void ShareCardDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace myfyrio
