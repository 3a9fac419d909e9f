#pragma once

#include "core/learning/sharedcard.h"

#include <QDialog>
#include <QVector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace myfyrio {

class Database;

/// "Shared Learning Cards": every card this journal wrote, with the folder it
/// went to, when, and whether it stands. Withdraw… (after asking) replaces a
/// standing card's file with a withdrawal record (CardSharing::withdraw). The
/// list follows JournalChanges::learningCardsChanged.
class SharedCardsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SharedCardsDialog(const Database& database, QWidget* parent = nullptr);

    QTreeWidget* cardList() const { return m_list; }
    QPushButton* withdrawButton() const { return m_withdraw; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void updateButtons();
    void withdrawSelected();
    void retranslate();

    const Database& m_database;
    QVector<SharedCard> m_cards;
    QLabel* m_intro;
    QTreeWidget* m_list;
    QPushButton* m_withdraw;
    QPushButton* m_close;
};

} // namespace myfyrio
