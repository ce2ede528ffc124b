[pscustomobject]@{Count=3;Average=$null;Sum=$null;Maximum=$null;Minimum=$null;StandardDeviation=$null;Property=$null}
