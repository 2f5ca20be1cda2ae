// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/recordviewextensions.h"
#include "support/knowledgebase.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QTimer;

namespace trato {

class Database;

// Customer service → Knowledge base: a search box (searching as you type, on a worker), the results
// with category and helped count, the chosen article on the right (read-only) and Edit, which opens
// the article's record (openRecord, connected by ModulePage).
class KnowledgeBasePage : public QWidget
{
    Q_OBJECT
public:
    explicit KnowledgeBasePage(Database &db, QWidget *parent = nullptr);

    QTableWidget *results() const { return m_results; }
    QTextBrowser *articleView() const { return m_article; }

public Q_SLOTS:
    void search();

Q_SIGNALS:
    void openRecord(const QString &entity, const QString &id);
    void searchFinished();

private:
    void showArticle();
    QString currentId() const;

    Database &m_db;
    QLineEdit *m_query = nullptr;
    QCheckBox *m_drafts = nullptr;
    QTableWidget *m_results = nullptr;
    QTextBrowser *m_article = nullptr;
    QPushButton *m_edit = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_debounce = nullptr;
    int m_generation = 0;
};

// A ticket's Articles tab: suggested articles (from the subject), linked ones with a Helped check
// box, and "Insert into reply" (KnowledgeBase::insert).
class TicketArticlesTab : public RecordViewPart
{
    Q_OBJECT
public:
    explicit TicketArticlesTab(Database &db, QWidget *parent = nullptr);
    void setRecordId(const QString &id) override;

    QTableWidget *suggested() const { return m_suggested; }
    QTableWidget *linked() const { return m_linked; }

public Q_SLOTS:
    void reload();
    void insertSelected();
    void linkSelected();

private:
    QString selectedArticle() const;
    void helpedToggled(int row, int column);

    Database &m_db;
    QString m_id;
    QTableWidget *m_suggested = nullptr;
    QTableWidget *m_linked = nullptr;
    QPushButton *m_insert = nullptr;
    QPushButton *m_link = nullptr;
    QLabel *m_error = nullptr;
    bool m_loading = false;
};

// A ticket's header note when its service contract is expired, not started or used up.
class TicketContractNotice : public RecordViewPart
{
    Q_OBJECT
public:
    explicit TicketContractNotice(Database &db, QWidget *parent = nullptr);
    void setRecordId(const QString &id) override;
    QString text() const;

private:
    void reload();
    Database &m_db;
    QString m_id;
    QLabel *m_label = nullptr;
};

void registerKbViews();

} // namespace trato
