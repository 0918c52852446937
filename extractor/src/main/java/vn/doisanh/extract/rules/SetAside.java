package vn.doisanh.extract.rules;

import vn.doisanh.extract.model.NumberRole;

/** A number kept from every rule before they run, because of where it stands (a table's plan column…). */
public record SetAside(int start, int end, NumberRole role) {
}
