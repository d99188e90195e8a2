-- A return is checked against its original bill and the returns of that bill
-- recorded before it: find those returns by the bill number they give back.
create index bill_returned_idx on bill (org_id, return_bill_id) where return_bill_id is not null;
