#pragma once

#include "core/search/searchquery.h"

#include <QObject>
#include <QPointer>
#include <QVector>

class QLabel;
class QPlainTextEdit;
class QWidget;

namespace myfyrio {

class MatchMarker;
class SpellHighlighter;
class SpellingMenu;

/// The text boxes of the open reflection (its body and the answers to its
/// prompts): spelling checked in the reflection's language as you type, with
/// the suggestions menu, and the current search's matches marked. The editor
/// attaches its boxes and says the language and the search; panels attach
/// theirs through ReflectionPanel::attachText().
class CheckedTexts : public QObject
{
    Q_OBJECT

public:
    explicit CheckedTexts(QWidget* parent);

    /// Checks and marks a text box from now on, until it is destroyed.
    void attach(QPlainTextEdit* edit);
    /// "cy" or "en": the language the boxes are checked in.
    void setLanguage(const QString& language);
    QString language() const { return m_language; }
    /// The search whose matches are marked (the query language of searchquery.h).
    void setSearch(const QString& text);

    /// A line saying that spelling is not checked, shown only when the language has no dictionary.
    QLabel* statusLabel() const { return m_status; }

    /// Marks the search again in every box now (after a reflection is loaded into them).
    void refreshMarks();

    SpellHighlighter* highlighterOf(const QPlainTextEdit* edit) const;
    SpellingMenu* menuOf(const QPlainTextEdit* edit) const;
    MatchMarker* markerOf(const QPlainTextEdit* edit) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Attached {
        QPointer<QPlainTextEdit> edit;
        SpellHighlighter* spelling;
        SpellingMenu* menu;
        MatchMarker* marks;
    };
    void updateStatus();
    void prune();

    QVector<Attached> m_attached;
    QString m_language;
    SearchQuery m_search;
    QLabel* m_status;
    QString m_problem;
};

} // namespace myfyrio
