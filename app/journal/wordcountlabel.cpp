#include "app/journal/wordcountlabel.h"

#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "core/journal/wordcount.h"

#include <QEvent>
#include <QLocale>
#include <QTimer>

namespace myfyrio {

WordCountLabel::WordCountLabel(JournalView* journal, QWidget* parent)
    : QLabel(parent), m_journal(journal), m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("wordCount"));
    setContentsMargins(6, 0, 6, 0);
    // Counting a long entry at every key would be wasted work: count once typing pauses.
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_delay, &QTimer::timeout, this, &WordCountLabel::recount);
    connect(journal, &JournalView::currentChanged, this, &WordCountLabel::recount);
    connect(journal->editor(), &ReflectionEditor::changed, m_delay, qOverload<>(&QTimer::start));
    recount();
}

void WordCountLabel::recount()
{
    m_delay->stop();
    const ReflectionEditor* editor = m_journal->editor();
    m_count = editor->hasReflection() ? WordCount::of(editor->reflection()) : -1;
    retranslate();
}

void WordCountLabel::retranslate()
{
    setVisible(m_count >= 0);
    //: The status bar's count of words in the open reflection; %1 is the number.
    setText(m_count >= 0 ? tr("Words: %1").arg(QLocale().toString(m_count)) : QString());
    setAccessibleName(text());
}

void WordCountLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

} // namespace myfyrio
