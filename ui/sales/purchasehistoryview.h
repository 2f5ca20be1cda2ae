// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/recordviewextensions.h"
#include "sales/purchasehistory.h"

class QLabel;
class QTableWidget;

namespace trato {

// The "Purchases" tab of an account or a contact (seed 001): the products and services bought
// (issued, partially paid, paid and overdue invoices minus credit notes), totals per year, the last
// purchase, open quotes and unpaid invoices. Every row opens its record (double-click or Enter).
// PurchaseHistoryService reads on a worker (runInBackground).
class PurchaseHistoryView : public RecordViewPart
{
    Q_OBJECT
public:
    PurchaseHistoryView(Database &db, const QString &entity, QWidget *parent = nullptr);
    void setRecordId(const QString &id) override;
    void reload();

    bool isLoading() const { return m_loading; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *itemsTable() const { return m_items; }
    QTableWidget *yearsTable() const { return m_years; }
    QTableWidget *quotesTable() const { return m_quotes; }
    QTableWidget *unpaidTable() const { return m_unpaid; }

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fill(const PurchaseHistory &h);

    Database &m_db;
    QString m_entity;
    QString m_id;
    QLabel *m_summary;
    QTableWidget *m_items;
    QTableWidget *m_years;
    QTableWidget *m_quotes;
    QTableWidget *m_unpaid;
    bool m_loading = false;
    bool m_stale = false;
    int m_generation = 0;
};

void registerPurchaseHistoryViews();

} // namespace trato
