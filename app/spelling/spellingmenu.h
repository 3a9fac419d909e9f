#pragma once

#include <QObject>
#include <QPoint>

class QMenu;
class QPlainTextEdit;

namespace myfyrio {

class SpellHighlighter;

/// The context menu of a checked text box: for a misspelt word, suggestions
/// first (choosing one replaces the word), then "Add to Dictionary" and
/// "Ignore", then the usual editing commands. In the interface language.
class SpellingMenu : public QObject
{
    Q_OBJECT

public:
    SpellingMenu(QPlainTextEdit* edit, SpellHighlighter* highlighter);

    /// The menu for a point in the edit's viewport; the caller owns it.
    QMenu* create(const QPoint& position);

signals:
    /// "Add to Dictionary" could not save the personal list (the word is still known until Myfyrio closes).
    void problem(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPlainTextEdit* m_edit;
    SpellHighlighter* m_highlighter;
};

} // namespace myfyrio
