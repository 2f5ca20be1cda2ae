// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/recordviewextensions.h"
#include "sales/salesdocuments.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace trato {

class Database;

// The workflow buttons of a quote, sales order, invoice or credit note record view, shown as its
// status allows: Convert to order / Convert to invoice, Ship, Cancel order, Issue, Record payment…,
// Credit note…. Every operation is SalesDocuments' (core); a refusal is shown as a message and
// changes nothing. While the document may no longer change (SalesDocs::editable), the record form
// is read-only.
class DocumentActions : public RecordViewPart
{
    Q_OBJECT
public:
    DocumentActions(Database &db, const QString &entity, QWidget *parent = nullptr);
    void setRecordId(const QString &id) override;
    // Tests and scripted use: skip the "are you sure" of irreversible steps (issue).
    void setConfirmIrreversible(bool confirm) { m_confirm = confirm; }

    void convertTo(const QString &target);
    void ship();
    void cancelOrder();
    void issue();
    void recordPayment();
    void creditNote();

private:
    void refresh();
    void afterAction();
    void refuse(const QString &title, const QString &message);
    void lockForm(bool locked);

    Database &m_db;
    QString m_entity;
    QString m_id;
    QString m_status;
    bool m_confirm = true;
    QPushButton *m_toOrder = nullptr;
    QPushButton *m_toInvoice = nullptr;
    QPushButton *m_ship = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_pay = nullptr;
    QPushButton *m_credit = nullptr;
};

// Record payment…: amount (the balance due, prefilled), date, method and reference.
class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    PaymentDialog(Database &db, const QString &invoice, QWidget *parent = nullptr);
    void accept() override;
    QString paymentId() const { return m_payment; }

private:
    Database &m_db;
    QString m_invoice;
    QString m_payment;
    QLineEdit *m_amount = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_reference = nullptr;
    QLabel *m_error = nullptr;
};

// Credit note…: the reason, whether the goods come back into stock, and what of each line.
class CreditNoteDialog : public QDialog
{
    Q_OBJECT
public:
    CreditNoteDialog(Database &db, const QString &invoice, QWidget *parent = nullptr);
    void accept() override;
    QString creditNoteId() const { return m_creditNote; }

private:
    Database &m_db;
    QString m_invoice;
    QString m_creditNote;
    SalesDocumentInfo m_info;
    QLineEdit *m_reason = nullptr;
    QCheckBox *m_restock = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
};

void registerDocumentActions();
// Overdue invoices follow the calendar: refreshed on a worker at start and once a day (MainWindow).
void startOverdueRefresh(Database &db, QObject *owner);

} // namespace trato
