#pragma once

#include "app/help/guide.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace myfyrio {

/// Help > Guide: the bundled user guide in the interface language, with the
/// list of its pages, a search box that keeps the pages holding every word
/// typed and marks the words in the page shown. Not modal: the guide stays
/// open beside the window while the person works.
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(QWidget* parent = nullptr);

    /// Shows a page by its id ("journal", "supervision", …); false when there is none.
    bool showPage(const QString& id);
    QString pageId() const;

    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* pageList() const { return m_list; }
    QTextBrowser* browser() const { return m_browser; }
    /// How many matches of the search are marked in the page shown.
    int markedMatches() const { return m_marked; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    void retranslate();
    void applySearch();
    void showRow(int row);
    void markMatches();

    QVector<Guide::Page> m_pages;
    QLineEdit* m_search;
    QListWidget* m_list;
    QTextBrowser* m_browser;
    QLabel* m_nothing;
    int m_marked = 0;
};

} // namespace myfyrio
