#include "app/journal/reflectioneditor.h"

#include "app/journal/reflectionpanel.h"
#include "app/journal/tabkeys.h"
#include "app/journal/tagedit.h"
#include "app/spelling/checkedtexts.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextCursor>
#include <QVBoxLayout>

namespace myfyrio {

ReflectionEditor::ReflectionEditor(QWidget* parent)
    : QWidget(parent),
      m_title(new QLineEdit(this)),
      m_date(new QDateEdit(this)),
      m_tags(new TagEdit(this)),
      m_language(new QComboBox(this)),
      m_supervision(new QCheckBox(this)),
      m_privacyNote(new QLabel(this)),
      m_body(new QPlainTextEdit(this)),
      m_panels(new QVBoxLayout),
      m_texts(new CheckedTexts(this)),
      m_titleLabel(new QLabel(this)),
      m_dateLabel(new QLabel(this)),
      m_tagsLabel(new QLabel(this)),
      m_languageLabel(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    m_title->setFont(titleFont);
    m_title->setFrame(false);
    m_title->setObjectName(QStringLiteral("reflectionTitle"));

    m_date->setCalendarPopup(true);
    m_date->setDateRange(QDate(1900, 1, 1), QDate(9999, 12, 31));
    // Each language is named in itself, so these are not translated.
    m_language->addItem(QStringLiteral("Cymraeg"), languageCodeWelsh());
    m_language->addItem(QStringLiteral("English"), languageCodeEnglish());

    m_privacyNote->setWordWrap(true);
    m_privacyNote->setForegroundRole(QPalette::PlaceholderText);
    TabKeys::install(m_body);
    QFont bodyFont = m_body->font();
    bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.1);
    m_body->setFont(bodyFont);

    buildLayout();

    connect(m_title, &QLineEdit::textEdited, this, &ReflectionEditor::emitChanged);
    connect(m_date, &QDateEdit::dateChanged, this, &ReflectionEditor::emitChanged);
    connect(m_tags, &QLineEdit::textEdited, this, &ReflectionEditor::emitChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReflectionEditor::emitChanged);
    connect(m_supervision, &QCheckBox::toggled, this, &ReflectionEditor::emitChanged);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ReflectionEditor::emitChanged);
    m_texts->attach(m_body);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_texts->setLanguage(m_language->currentData().toString()); });

    applyLocale();
    retranslate();
    clearReflection();
}

void ReflectionEditor::buildLayout()
{
    auto* details = new QGridLayout;
    details->setHorizontalSpacing(10);
    details->setVerticalSpacing(8);
    details->addWidget(m_dateLabel, 0, 0);
    details->addWidget(m_date, 0, 1);
    details->addWidget(m_languageLabel, 0, 3, Qt::AlignRight);
    details->addWidget(m_language, 0, 4);
    details->addWidget(m_tagsLabel, 1, 0);
    details->addWidget(m_tags, 1, 1, 1, 4);
    details->setColumnStretch(2, 1);
    m_dateLabel->setBuddy(m_date);
    m_languageLabel->setBuddy(m_language);
    m_tagsLabel->setBuddy(m_tags);
    m_titleLabel->setBuddy(m_title);
    m_titleLabel->hide(); // the title field names itself through its placeholder and accessible name

    auto* privacy = new QVBoxLayout;
    privacy->setSpacing(2);
    privacy->addWidget(m_supervision);
    privacy->addWidget(m_privacyNote);

    // Everything scrolls together, so that panels added below the body never
    // squeeze it to nothing in a small window.
    auto* content = new QWidget;
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("editorScroll"));
    // Every field inside takes the focus and is scrolled into view, so the area itself need not.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    m_body->setMinimumHeight(260);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(10);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_title);
    layout->addLayout(details);
    layout->addLayout(privacy);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_texts->statusLabel());
    layout->addLayout(m_panels);
    scroll->setWidget(content);

    setTabOrder(m_title, m_date);
    setTabOrder(m_date, m_language);
    setTabOrder(m_language, m_tags);
    setTabOrder(m_tags, m_supervision);
    setTabOrder(m_supervision, m_body);
}

void ReflectionEditor::retranslate()
{
    m_titleLabel->setText(tr("&Title:"));
    m_title->setPlaceholderText(tr("Title of this reflection"));
    m_title->setAccessibleName(tr("Title"));
    m_dateLabel->setText(tr("&Date:"));
    m_date->setAccessibleName(tr("Date"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language of this reflection"));
    m_language->setToolTip(tr("The language this reflection is written in."));
    m_tagsLabel->setText(tr("T&ags:"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_tags->setAccessibleName(tr("Tags"));
    m_supervision->setText(tr("&Bring to supervision"));
    m_privacyNote->setText(tr("Reflections are private. Only the ones you mark to bring to supervision "
                              "can appear in anything you share with your supervisor."));
    m_body->setPlaceholderText(tr("What happened? How did it feel? What did you learn, and what will you do next?"));
    m_body->setAccessibleName(tr("Reflection"));
    m_title->setAccessibleDescription(tr("A few words that name what happened."));
    m_date->setAccessibleDescription(tr("The day the reflection is about."));
    m_tags->setAccessibleDescription(tr("Words to find the reflection by, separated by commas."));
    m_supervision->setAccessibleDescription(m_privacyNote->text());
    m_body->setAccessibleDescription(tr("The reflection in your own words. Tab moves on; Ctrl+Tab types a tab."));
    if (auto* scroll = findChild<QScrollArea*>(QStringLiteral("editorScroll"))) {
        scroll->setAccessibleName(tr("Reflection editor"));
        scroll->setAccessibleDescription(tr("The reflection and its sections; the arrow keys scroll."));
    }
}

void ReflectionEditor::applyLocale()
{
    const QLocale locale;
    m_date->setLocale(locale);
    m_date->calendarWidget()->setLocale(locale);
    m_date->calendarWidget()->setFirstDayOfWeek(locale.firstDayOfWeek());
    m_date->setDisplayFormat(locale.dateFormat(QLocale::LongFormat));
    // QDateEdit sizes itself for the date it shows first; make room for the
    // longest day and month names of the language.
    int widest = 0;
    const QFontMetrics metrics(m_date->font());
    for (int month = 1; month <= 12; ++month) {
        for (int day = 22; day <= 28; ++day)
            widest =
                qMax(widest, metrics.horizontalAdvance(locale.toString(QDate(2026, month, day), QLocale::LongFormat)));
    }
    m_date->setMinimumWidth(widest + 48);
}

void ReflectionEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        const bool wasLoading = m_loading;
        m_loading = true; // reformatting the date is not an edit
        applyLocale();
        m_loading = wasLoading;
    }
    QWidget::changeEvent(event);
}

void ReflectionEditor::setReflection(const Reflection& reflection)
{
    m_loading = true;
    m_loaded = reflection;
    m_title->setText(reflection.title);
    m_date->setDate(reflection.date);
    m_tags->setTags(reflection.tags);
    m_language->setCurrentIndex(qMax(0, m_language->findData(reflection.language)));
    m_supervision->setChecked(reflection.bringToSupervision);
    m_texts->setLanguage(reflection.language);
    m_body->setPlainText(reflection.body);
    for (int i = 0; i < m_panels->count(); ++i) {
        if (auto* panel = qobject_cast<ReflectionPanel*>(m_panels->itemAt(i)->widget())) {
            const QSignalBlocker blocker(panel);
            panel->load(reflection);
        }
    }
    m_texts->refreshMarks();
    setEnabled(true);
    m_loading = false;
}

void ReflectionEditor::clearReflection()
{
    setReflection(Reflection{});
    m_date->setDate(QDate::currentDate());
    setEnabled(false);
}

void ReflectionEditor::markSaved(const Reflection& saved)
{
    if (saved.id == m_loaded.id)
        m_loaded = saved;
}

void ReflectionEditor::showMerged(const Reflection& saved)
{
    if (saved.id != m_loaded.id)
        return;
    const int cursor = m_body->textCursor().position();
    const int scroll = m_body->verticalScrollBar()->value();
    setReflection(saved);
    QTextCursor restored = m_body->textCursor();
    restored.setPosition(qMin(cursor, m_body->document()->characterCount() - 1));
    m_body->setTextCursor(restored);
    m_body->verticalScrollBar()->setValue(scroll);
}

Reflection ReflectionEditor::reflection() const
{
    Reflection result = m_loaded;
    result.title = m_title->text().trimmed();
    result.date = m_date->date();
    result.tags = m_tags->tags();
    result.language = m_language->currentData().toString();
    result.bringToSupervision = m_supervision->isChecked();
    result.body = m_body->toPlainText();
    for (int i = 0; i < m_panels->count(); ++i) {
        if (auto* panel = qobject_cast<ReflectionPanel*>(m_panels->itemAt(i)->widget()))
            panel->store(result);
    }
    return result;
}

void ReflectionEditor::addPanel(ReflectionPanel* panel)
{
    panel->setParent(this);
    panel->setCheckedTexts(m_texts);
    m_panels->addWidget(panel);
    connect(panel, &ReflectionPanel::changed, this, &ReflectionEditor::emitChanged);
    if (hasReflection()) {
        const QSignalBlocker blocker(panel);
        panel->load(m_loaded);
    }
}

void ReflectionEditor::setSearch(const QString& text)
{
    m_texts->setSearch(text);
}

void ReflectionEditor::setKnownTags(const QStringList& tags)
{
    m_tags->setKnownTags(tags);
}

void ReflectionEditor::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

void ReflectionEditor::emitChanged()
{
    if (!m_loading && hasReflection())
        emit changed();
}

} // namespace myfyrio
