#include "app/spelling/spellingmenu.h"

#include "app/spelling/spellhighlighter.h"
#include "app/spelling/spellingservice.h"
#include "app/spelling/spellingwords.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace myfyrio {

SpellingMenu::SpellingMenu(QPlainTextEdit* edit, SpellHighlighter* highlighter)
    : QObject(edit), m_edit(edit), m_highlighter(highlighter)
{
    edit->viewport()->installEventFilter(this);
}

bool SpellingMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit->viewport() && event->type() == QEvent::ContextMenu) {
        auto* menuEvent = static_cast<QContextMenuEvent*>(event);
        std::unique_ptr<QMenu> menu(create(menuEvent->pos()));
        menu->exec(menuEvent->globalPos());
        return true;
    }
    return QObject::eventFilter(watched, event);
}

QMenu* SpellingMenu::create(const QPoint& position)
{
    QMenu* menu = m_edit->createStandardContextMenu(position);
    const QString language = m_highlighter->language();
    if (language.isEmpty() || m_edit->isReadOnly())
        return menu;
    QTextCursor cursor = m_edit->cursorForPosition(position);
    const QTextBlock block = cursor.block();
    const SpellingWords::Word word = SpellingWords::wordAt(block.text(), cursor.positionInBlock());
    SpellingService& service = SpellingService::instance();
    if (word.length == 0 || service.state(language, word.text) != SpellingService::State::Misspelt)
        return menu;

    QAction* first = menu->actions().value(0);
    QList<QAction*> added;
    const QStringList suggestions = service.suggestions(language, word.text);
    const int start = block.position() + word.start;
    const int length = word.length;
    for (const QString& suggestion : suggestions) {
        auto* action = new QAction(suggestion, menu);
        QFont bold = action->font();
        bold.setBold(true);
        action->setFont(bold);
        connect(action, &QAction::triggered, m_edit, [edit = m_edit, start, length, suggestion] {
            QTextCursor replace(edit->document());
            replace.setPosition(start);
            replace.setPosition(start + length, QTextCursor::KeepAnchor);
            replace.insertText(suggestion);
        });
        added << action;
    }
    if (suggestions.isEmpty()) {
        auto* none = new QAction(tr("No suggestions"), menu);
        none->setEnabled(false);
        added << none;
    }
    auto* separator = new QAction(menu);
    separator->setSeparator(true);
    added << separator;
    auto* addWord = new QAction(tr("Add to Dictionary"), menu);
    addWord->setObjectName(QStringLiteral("addToDictionary"));
    connect(addWord, &QAction::triggered, this, [this, language, text = word.text] {
        auto saved = SpellingService::instance().addToDictionary(language, text);
        if (!saved)
            emit problem(saved.error());
    });
    auto* ignore = new QAction(tr("Ignore"), menu);
    ignore->setObjectName(QStringLiteral("ignoreWord"));
    ignore->setToolTip(tr("Do not mark this word again until Myfyrio closes."));
    connect(ignore, &QAction::triggered, this,
            [language, text = word.text] { SpellingService::instance().ignore(language, text); });
    added << addWord << ignore;
    auto* separator2 = new QAction(menu);
    separator2->setSeparator(true);
    added << separator2;
    menu->insertActions(first, added);
    return menu;
}

} // namespace myfyrio
