#pragma once

#include "core/search/searchquery.h"

#include <QObject>
#include <QTimer>

class QPlainTextEdit;

namespace myfyrio {

/// Marks where the current search matches in one text box (its mutated forms
/// too, in Welsh text), as the index finds them (SearchMatcher). The marks
/// are extra selections, so they sit beside the spelling underlines, and they
/// follow the text as it is edited.
class MatchMarker : public QObject
{
    Q_OBJECT

public:
    explicit MatchMarker(QPlainTextEdit* edit);

    /// welshText: the reflection is in Welsh (mutations are then marked too).
    void setSearch(const SearchQuery& query, bool welshText);

    /// How many matches are marked now.
    int count() const;

private:
    void mark();

    QPlainTextEdit* m_edit;
    SearchQuery m_query;
    bool m_welsh = false;
    QTimer m_delay;
};

} // namespace myfyrio
