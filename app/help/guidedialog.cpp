#include "app/help/guidedialog.h"

#include "core/i18n/translations.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace myfyrio {

GuideDialog::GuideDialog(QWidget* parent)
    : QDialog(parent),
      m_search(new QLineEdit(this)),
      m_list(new QListWidget(this)),
      m_browser(new QTextBrowser(this)),
      m_nothing(new QLabel(this))
{
    setObjectName(QStringLiteral("GuideDialog"));
    m_search->setObjectName(QStringLiteral("guideSearch"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("guidePages"));
    m_browser->setObjectName(QStringLiteral("guidePage"));
    m_browser->setOpenLinks(false);
    m_nothing->setWordWrap(true);
    m_nothing->setForegroundRole(QPalette::PlaceholderText);
    m_nothing->hide();

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_nothing);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 620});
    splitter->setChildrenCollapsible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    setTabOrder(m_search, m_list);
    setTabOrder(m_list, m_browser);
    setTabOrder(m_browser, buttons->button(QDialogButtonBox::Close));

    connect(m_search, &QLineEdit::textChanged, this, &GuideDialog::applySearch);
    connect(m_list, &QListWidget::currentRowChanged, this, &GuideDialog::showRow);
    load();
    retranslate();
    resize(900, 620);
}

void GuideDialog::load()
{
    const QString current = pageId();
    m_pages = Guide::pages(Translations::current());
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Guide::Page& page : std::as_const(m_pages)) {
            auto* item = new QListWidgetItem(page.title, m_list);
            item->setData(Qt::UserRole, page.id);
        }
    }
    applySearch();
    if (!showPage(current.isEmpty() ? Guide::pageForView(QString()) : current))
        m_list->setCurrentRow(0);
}

bool GuideDialog::showPage(const QString& id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id) {
            m_list->item(row)->setHidden(false);
            m_list->setCurrentRow(row);
            showRow(row);
            return true;
        }
    }
    return false;
}

QString GuideDialog::pageId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void GuideDialog::showRow(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    m_browser->setMarkdown(m_pages.at(row).markdown);
    m_browser->setAccessibleName(m_pages.at(row).title);
    markMatches();
}

void GuideDialog::applySearch()
{
    const QString query = m_search->text().trimmed();
    const QStringList found = query.isEmpty() ? QStringList() : Guide::search(m_pages, query);
    int firstVisible = -1;
    for (int row = 0; row < m_list->count(); ++row) {
        const bool show = query.isEmpty() || found.contains(m_list->item(row)->data(Qt::UserRole).toString());
        m_list->item(row)->setHidden(!show);
        if (show && firstVisible < 0)
            firstVisible = row;
    }
    //: Shown under the guide's search box when no page holds the words; %1 is what was typed.
    m_nothing->setText(tr("No page of the guide holds “%1”.").arg(query));
    m_nothing->setVisible(!query.isEmpty() && found.isEmpty());
    const QListWidgetItem* current = m_list->currentItem();
    if ((!current || current->isHidden()) && firstVisible >= 0)
        m_list->setCurrentRow(firstVisible);
    else
        markMatches();
}

void GuideDialog::markMatches()
{
    QList<QTextEdit::ExtraSelection> marks;
    const QStringList words = Guide::folded(m_search->text()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        // Fold the page character by character, keeping where each folded character came from.
        QTextDocument* document = m_browser->document();
        const QString text = document->toPlainText();
        QString folded;
        QVector<int> origin;
        for (int i = 0; i < text.size(); ++i) {
            for (const QChar c : Guide::folded(QString(text.at(i)))) {
                folded.append(c);
                origin.append(i);
            }
        }
        QTextCharFormat format;
        format.setBackground(palette().color(QPalette::Highlight));
        format.setForeground(palette().color(QPalette::HighlightedText));
        for (const QString& word : words) {
            for (qsizetype at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.size())) {
                QTextCursor cursor(document);
                cursor.setPosition(origin.at(at));
                cursor.setPosition(origin.at(at + word.size() - 1) + 1, QTextCursor::KeepAnchor);
                marks.append({cursor, format});
            }
        }
        if (!marks.isEmpty())
            m_browser->setTextCursor(QTextCursor(marks.first().cursor.block()));
        m_browser->ensureCursorVisible();
    }
    m_marked = static_cast<int>(marks.size());
    m_browser->setExtraSelections(marks);
}

void GuideDialog::retranslate()
{
    setWindowTitle(tr("Myfyrio Guide"));
    m_search->setPlaceholderText(tr("Search the guide"));
    m_search->setAccessibleName(tr("Search the guide"));
    m_search->setAccessibleDescription(tr("Shows only the pages that hold every word you type, and marks the words."));
    m_list->setAccessibleName(tr("Pages of the guide"));
    m_list->setAccessibleDescription(tr("Choose a page to read it."));
    m_browser->setAccessibleDescription(tr("The page of the guide you chose."));
    applySearch();
}

void GuideDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        load();
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace myfyrio
