#include "app/search/matchmarker.h"

#include "core/search/searchmatcher.h"

#include <QPlainTextEdit>

namespace myfyrio {

MatchMarker::MatchMarker(QPlainTextEdit* edit) : QObject(edit), m_edit(edit)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(150);
    connect(&m_delay, &QTimer::timeout, this, &MatchMarker::mark);
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_query.clauses().isEmpty() || !m_edit->extraSelections().isEmpty())
            m_delay.start();
    });
}

void MatchMarker::setSearch(const SearchQuery& query, bool welshText)
{
    m_query = query;
    m_welsh = welshText;
    mark();
}

int MatchMarker::count() const
{
    return int(m_edit->extraSelections().size());
}

void MatchMarker::mark()
{
    m_delay.stop();
    QList<QTextEdit::ExtraSelection> selections;
    const SearchMatcher matcher(m_query, m_welsh || m_query.isWelsh());
    if (!matcher.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(QColor(0xff, 0xe0, 0x66));
        format.setForeground(Qt::black);
        const QVector<SearchMatcher::Match> matches = matcher.matches(m_edit->toPlainText());
        for (const SearchMatcher::Match& match : matches) {
            QTextCursor cursor(m_edit->document());
            cursor.setPosition(match.start);
            cursor.setPosition(match.start + match.length, QTextCursor::KeepAnchor);
            selections.append({cursor, format});
        }
    }
    m_edit->setExtraSelections(selections);
}

} // namespace myfyrio
