// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/recordviewextensions.h"
#include "inventory/purchasing.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace trato {

class Database;

// The "Lines" tab of a purchase order: its lines in an editable table (quantity, unit cost and
// description edited in place, a product picked by SKU or name to add one, a line removed), the
// total; read-only unless the order is a draft. Business rules live in Purchasing.
class PurchaseLinesTab : public RecordViewPart
{
    Q_OBJECT
public:
    explicit PurchaseLinesTab(Database &db, QWidget *parent = nullptr);
    void setRecordId(const QString &id) override;
    void reload();

private:
    void cellEdited(int row, int column);
    void addLine();
    void removeLine();

    Database &m_db;
    QString m_id;
    PurchaseOrderInfo m_info;
    QTableWidget *m_table;
    QLineEdit *m_product;
    QLineEdit *m_quantity;
    QLineEdit *m_cost;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_total;
    QLabel *m_error;
    bool m_loading = false;
};

// Order, Receive… and Cancel (and Close short) for the open purchase order.
class PurchaseOrderActions : public RecordViewPart
{
    Q_OBJECT
public:
    explicit PurchaseOrderActions(Database &db, QWidget *parent = nullptr);
    void setRecordId(const QString &id) override;
    void refresh();

private:
    Database &m_db;
    QString m_id;
    QPushButton *m_order;
    QPushButton *m_receive;
    QPushButton *m_cancel;
    QPushButton *m_close;
};

// Receiving: the outstanding quantity per line, prefilled and editable; refusals shown in the
// dialog, which stays open.
class ReceiveDialog : public QDialog
{
    Q_OBJECT
public:
    ReceiveDialog(Database &db, const QString &order, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QLabel *errorLabel() const { return m_error; }
    void accept() override;

private:
    Database &m_db;
    QString m_order;
    PurchaseOrderInfo m_info;
    QTableWidget *m_table;
    QLabel *m_error;
};

// Inventario's "Reorder" page: the low-stock list (read on a worker), refresh, and "Draft purchase
// orders" with what it did.
class ReorderPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReorderPage(Database &db, QWidget *parent = nullptr);
    void refresh();
    void draftOrders();

Q_SIGNALS:
    void refreshed();

private:
    Database &m_db;
    QTableWidget *m_table;
    QLabel *m_status;
    QLabel *m_result;
    QPushButton *m_refresh;
    QPushButton *m_draft;
};

void registerPurchasingViews();

} // namespace trato
